using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Accounts;
using SaaS.Audit;
using SaaS.Companies.Data;
using SaaS.Data;
using SaaS.Enterprises;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Companies.Companies;

/// <summary>
/// Buyer companies: a buyer registers their company and becomes its admin; admins invite members with roles.
/// A company's data answers only to its members: to anyone else it does not exist (404).
/// </summary>
public sealed class CompanyService(
    CompaniesDbContext db,
    CompanyMembership membership,
    ITenantDatabase database,
    IUserInvitations invitations,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<Company> RegisterAsync(ClaimsPrincipal user, RegisterCompanyRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200) errors["name"] = ["The company name needs 1 to 200 characters."];
        var code = request.CreditCode?.Trim().ToUpperInvariant();
        if (UnifiedSocialCreditCode.Problem(code) is { } problem) errors["creditCode"] = [problem];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var userId = CompanyMembership.UserId(user);
        if (await db.Members.AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            throw new ConflictException("user", "You already act for a company of this marketplace.");
        }
        if (await db.Companies.AnyAsync(c => c.CreditCode == code, cancellationToken))
        {
            throw new ConflictException("creditCode", $"Credit code {code} is already registered; ask that company's admin to invite you.");
        }
        var company = new Company { Name = request.Name!.Trim(), CreditCode = code!, CreatedUtc = clock.GetUtcNow() };
        db.Companies.Add(company);
        db.Members.Add(new CompanyMember
        {
            CompanyId = company.Id, UserId = userId, Email = user.Identity?.Name ?? userId, Role = CompanyRole.Admin, JoinedUtc = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return company;
    }

    public async Task<CompanyView> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken);
        return await ViewAsync(member.CompanyId, cancellationToken);
    }

    /// <summary>Invites a new member; only the company's admins may, and only into their own company.</summary>
    public async Task<MemberView> InviteAsync(ClaimsPrincipal user, Guid companyId, InviteMemberRequest request, CancellationToken cancellationToken)
    {
        // Another company's id is simply not found; the caller's own company still needs an admin to invite.
        var caller = await membership.RequireAsync(user, cancellationToken);
        if (caller.CompanyId != companyId) throw new NotFoundException("id", "There is no such company.");
        if (caller.Role != CompanyRole.Admin) throw new ForbiddenException("role", "Only the company's admins invite members.");
        if (!new EmailAddressAttribute().IsValid(request.Email) || request.Email is null) throw new ValidationFailedException("email", $"'{request.Email}' is not an e-mail address.");
        var role = ParseRole(request.Role);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        // A buyer who registered on their own joins with the account they have.
        var memberId = await invitations.InviteOrGrantAsync(request.Email, [Roles.Buyer], cancellationToken);
        if (await db.Members.AnyAsync(m => m.UserId == memberId, cancellationToken))
        {
            throw new ConflictException("email", $"{request.Email} already acts for a company of this marketplace.");
        }
        db.Members.Add(new CompanyMember { CompanyId = companyId, UserId = memberId, Email = request.Email, Role = role, JoinedUtc = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("company.member-invited", request.Email, null, role.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MemberView(memberId, request.Email, role.ToString());
    }

    /// <summary>
    /// An admin gives a member of their company another role. The company always keeps an admin: the last one
    /// cannot step down until they have made someone else Admin.
    /// </summary>
    public async Task<MemberView> ChangeRoleAsync(ClaimsPrincipal user, string userId, ChangeRoleRequest request, CancellationToken cancellationToken)
    {
        var caller = await membership.RequireAsync(user, cancellationToken, CompanyRole.Admin);
        var role = ParseRole(request.Role);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var member = await ColleagueAsync(caller, userId, cancellationToken);
        var before = member.Role;
        if (before == role) return MemberView.From(member);
        member.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        await RequireAnAdminLeftAsync(caller.CompanyId, "step down from Admin", cancellationToken);
        await audit.RecordAsync("company.member-role-changed", member.Email, before.ToString(), role.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MemberView.From(member);
    }

    /// <summary>An admin removes a member from their company; the user keeps their account, not the company.</summary>
    public async Task RemoveMemberAsync(ClaimsPrincipal user, string userId, CancellationToken cancellationToken)
    {
        var caller = await membership.RequireAsync(user, cancellationToken, CompanyRole.Admin);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var member = await ColleagueAsync(caller, userId, cancellationToken);
        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await RequireAnAdminLeftAsync(caller.CompanyId, "leave the company", cancellationToken);
        await audit.RecordAsync("company.member-removed", member.Email, member.Role.ToString(), null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A member of the caller's own company, locking the company row so concurrent demotions take turns.</summary>
    private async Task<CompanyMember> ColleagueAsync(CompanyMember caller, string userId, CancellationToken cancellationToken)
    {
        // Two admins demoting each other at once would each still see the other as admin; writing the company row
        // first makes the second wait for the first (PostgreSQL row lock; SQLite has one writer anyway).
        await db.Companies.Where(c => c.Id == caller.CompanyId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Name, x => x.Name), cancellationToken);
        return await db.Members.SingleOrDefaultAsync(m => m.UserId == userId && m.CompanyId == caller.CompanyId, cancellationToken)
            ?? throw new NotFoundException("userId", "There is no such member of your company.");
    }

    private static CompanyRole ParseRole(string? text) =>
        Enum.TryParse<CompanyRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new ValidationFailedException("role", $"'{text}' is not a company role; use {string.Join(", ", Enum.GetNames<CompanyRole>())}.");

    /// <summary>
    /// Checked after the change, inside its transaction, so the count includes it. Only admins change members, so
    /// a change that leaves none was the last admin changing themselves.
    /// </summary>
    private async Task RequireAnAdminLeftAsync(Guid companyId, string verb, CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(m => m.CompanyId == companyId && m.Role == CompanyRole.Admin, cancellationToken)) return;
        throw new ConflictException("role", $"You are the company's last admin and cannot {verb}; make another member Admin first.");
    }

    private async Task<CompanyView> ViewAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.CompanyId == companyId).OrderBy(m => m.Email).ToListAsync(cancellationToken);
        return new CompanyView(company.Id, company.Name, company.CreditCode, company.VerificationStatus.ToString(), company.RejectionReason,
            members.Select(MemberView.From).ToList());
    }
}
