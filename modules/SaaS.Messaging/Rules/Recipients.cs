using Microsoft.EntityFrameworkCore;
using SaaS.Accounts;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Messaging.Rules;

/// <summary>
/// Turns a rule's audience into people, only ever among the occurrence's own parties: a company's members for its
/// order, a merchant's team for its order. Nobody outside the event can be named, whatever the rules say.
/// </summary>
public sealed class Recipients(IUserContacts users, ICompanyDirectory companies, IMerchantDirectory merchants, MessagingDbContext db, ITenant tenant)
{
    public async Task<IReadOnlyList<Recipient>> ResolveAsync(NotificationRule rule, Parties parties, CancellationToken cancellationToken)
    {
        switch (rule.Audience)
        {
            case Audiences.Buyer when parties.BuyerUserId is { } buyer:
                return await PeopleAsync(await users.FindAsync([buyer], cancellationToken), "buyer", cancellationToken);
            case Audiences.CompanyApprovers when parties.CompanyId is { } company:
                return await CompanyAsync(company, [CompanyBuyer.ApproverRole, CompanyBuyer.AdminRole], cancellationToken);
            case Audiences.CompanyFinance when parties.CompanyId is { } company:
                return await CompanyAsync(company, [CompanyBuyer.FinanceRole, CompanyBuyer.AdminRole], cancellationToken);
            case Audiences.MerchantTeam when parties.MerchantId is { } merchant:
                var team = await merchants.TeamAsync(merchant, rule.Permission, cancellationToken);
                return await PeopleAsync(await users.FindAsync(team.Select(m => m.UserId).ToList(), cancellationToken), $"merchant:{merchant}", cancellationToken);
            case Audiences.Operators:
                return await PeopleAsync(await users.InRoleAsync(Roles.Administrator, cancellationToken), "operator", cancellationToken);
            case Audiences.Applicant when parties.ApplicantEmail is { } email:
                return [new Recipient($"email:{email.ToLowerInvariant()}", null, email, null, tenant.Site.Locale, "applicant")];
            default:
                return [];
        }
    }

    private async Task<IReadOnlyList<Recipient>> CompanyAsync(Guid companyId, string[] roles, CancellationToken cancellationToken)
    {
        var members = await companies.MembersAsync(companyId, cancellationToken);
        var ids = members.Where(m => roles.Contains(m.Role)).Select(m => m.UserId).ToList();
        return await PeopleAsync(await users.FindAsync(ids, cancellationToken), $"company:{companyId}", cancellationToken);
    }

    private async Task<IReadOnlyList<Recipient>> PeopleAsync(IReadOnlyList<UserContact> contacts, string party, CancellationToken cancellationToken)
    {
        var ids = contacts.Select(c => c.UserId).ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        return contacts.Select(c =>
        {
            profiles.TryGetValue(c.UserId, out var profile);
            return new Recipient(c.UserId, c.UserId, c.Email, profile?.Phone ?? c.PhoneNumber, profile?.Locale ?? tenant.Site.Locale, party);
        }).ToList();
    }
}
