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
        if (!Enum.TryParse<CompanyRole>(request.Role, ignoreCase: true, out var role))
        {
            throw new ValidationFailedException("role", $"'{request.Role}' is not a company role; use {string.Join(", ", Enum.GetNames<CompanyRole>())}.");
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var memberId = await invitations.InviteAsync(request.Email, [Roles.Buyer], cancellationToken);
        db.Members.Add(new CompanyMember { CompanyId = companyId, UserId = memberId, Email = request.Email, Role = role, JoinedUtc = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("company.member-invited", request.Email, null, role.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MemberView(request.Email, role.ToString());
    }

    private async Task<CompanyView> ViewAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.CompanyId == companyId).OrderBy(m => m.Email).ToListAsync(cancellationToken);
        return new CompanyView(company.Id, company.Name, company.CreditCode, members.Select(m => new MemberView(m.Email, m.Role.ToString())).ToList());
    }
}
