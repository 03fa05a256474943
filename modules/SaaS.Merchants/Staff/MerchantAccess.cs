using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Staff;

/// <summary>
/// The merchant scope behind every merchant endpoint. Role grants are read per request, so a changed role or a
/// disabled member takes effect on the next call, not at the next sign-in.
/// </summary>
public sealed class MerchantAccess(MerchantsDbContext db, MerchantPermissionCatalog permissions) : IMerchantAccess
{
    public async Task<MerchantActor> RequireAsync(ClaimsPrincipal user, MerchantPermission? permission, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new ForbiddenException("user", "Sign in first.");
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken)
            ?? throw new ForbiddenException("merchant", "You do not act for a merchant of this marketplace.");
        if (member.Disabled) throw new ForbiddenException("user", "Your staff account at this merchant is disabled; ask the owner.");

        var role = member.RoleId is { } roleId ? await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken) : null;
        IReadOnlySet<string> granted = member.IsOwner
            ? permissions.All.Select(p => p.Name).ToHashSet()
            : role is null ? new HashSet<string>() : permissions.GrantedBy(role);
        var actor = new MerchantActor(member.MerchantId, member.UserId, member.IsOwner, granted) { Email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? member.UserId };
        if (permission is not null && !actor.Has(permission))
        {
            throw new ForbiddenException("permission", $"Your role ({role?.Name ?? "none"}) does not allow this: {permission.Description} ({permission.Name}).");
        }
        return actor;
    }
}
