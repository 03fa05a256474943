using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Data;
using SaaS.Problems;

namespace SaaS.Companies.Companies;

/// <summary>
/// Which company the signed-in user acts for, and whether their role allows an action: the one check every
/// company endpoint goes through. Not a member: 404 (the company does not exist for them); wrong role: 403.
/// </summary>
public sealed class CompanyMembership(CompaniesDbContext db)
{
    public static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new ForbiddenException("user", "Sign in first.");

    /// <summary>The caller's membership, or null when they act for no company (the pages then offer registration).</summary>
    public async Task<CompanyMember?> FindAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        return await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
    }

    public async Task<CompanyMember> RequireAsync(ClaimsPrincipal user, CancellationToken cancellationToken, params CompanyRole[] allowed)
    {
        var member = await FindAsync(user, cancellationToken)
            ?? throw new NotFoundException("company", "You do not act for a company of this marketplace.");
        if (allowed.Length > 0 && !allowed.Contains(member.Role))
        {
            throw new ForbiddenException("role", $"Your role ({member.Role}) may not do this; ask a {string.Join(" or ", allowed)}.");
        }
        return member;
    }
}
