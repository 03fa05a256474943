using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Data;
using SaaS.Companies.Verification;

namespace SaaS.Companies.Companies;

public sealed class CompanyDirectory(CompaniesDbContext db) : ICompanyDirectory
{
    public async Task<CompanyCard?> ForUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        var companyId = await db.Members.AsNoTracking().Where(m => m.UserId == userId).Select(m => (Guid?)m.CompanyId).SingleOrDefaultAsync(cancellationToken);
        return companyId is { } id ? (await FindAsync([id], cancellationToken)).GetValueOrDefault(id) : null;
    }

    public async Task<bool> IsVerifiedBuyerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return false;
        return await db.Members.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Companies, m => m.CompanyId, c => c.Id, (_, c) => c.VerificationStatus)
            .AnyAsync(status => status == VerificationStatus.Verified, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, CompanyCard>> ByCreditCodeAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        (await db.Companies.AsNoTracking().Where(c => creditCodes.Contains(c.CreditCode)).ToListAsync(cancellationToken)).ToDictionary(c => c.CreditCode, Card);

    public async Task<IReadOnlyDictionary<Guid, CompanyCard>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken)).ToDictionary(c => c.Id, Card);

    public async Task<IReadOnlyList<CompanyCard>> VerifiedAsync(CancellationToken cancellationToken) =>
        (await db.Companies.AsNoTracking().Where(c => c.VerificationStatus == VerificationStatus.Verified).OrderBy(c => c.Name).Take(1000).ToListAsync(cancellationToken))
        .Select(Card).ToList();

    public async Task<CompanyBuyer?> BuyerAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (member is null) return null;
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == member.CompanyId, cancellationToken);
        return new CompanyBuyer(Card(company), member.UserId, member.Email, member.Role.ToString());
    }

    public async Task<IReadOnlyList<CompanyBuyer>> MembersAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null) return [];
        var members = await db.Members.AsNoTracking().Where(m => m.CompanyId == companyId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return members.Select(m => new CompanyBuyer(Card(company), m.UserId, m.Email, m.Role.ToString())).ToList();
    }

    public async Task<DeliveryAddress?> AddressAsync(Guid companyId, Guid addressId, CancellationToken cancellationToken) =>
        await db.Addresses.AsNoTracking().Where(a => a.Id == addressId && a.CompanyId == companyId)
            .Select(a => new DeliveryAddress(a.Id, a.Label, a.Recipient, a.Phone, a.Region, a.Street)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DeliveryAddress>> AddressesAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.Addresses.AsNoTracking().Where(a => a.CompanyId == companyId).OrderByDescending(a => a.IsDefault).ThenBy(a => a.Label)
            .Select(a => new DeliveryAddress(a.Id, a.Label, a.Recipient, a.Phone, a.Region, a.Street)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<InvoiceTitleCard>> InvoiceTitlesAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.InvoiceTitles.AsNoTracking().Where(t => t.CompanyId == companyId).OrderBy(t => t.Title)
            .Select(t => new InvoiceTitleCard(t.Id, t.Title, t.TaxId, t.Bank, t.BankAccount, t.Address, t.Phone)).ToListAsync(cancellationToken);

    public async Task<InvoiceTitleCard?> InvoiceTitleAsync(Guid companyId, Guid invoiceTitleId, CancellationToken cancellationToken) =>
        await db.InvoiceTitles.AsNoTracking().Where(t => t.Id == invoiceTitleId && t.CompanyId == companyId)
            .Select(t => new InvoiceTitleCard(t.Id, t.Title, t.TaxId, t.Bank, t.BankAccount, t.Address, t.Phone)).SingleOrDefaultAsync(cancellationToken);

    private static CompanyCard Card(Company c) => new(c.Id, c.Name, c.CreditCode, c.VerificationStatus == VerificationStatus.Verified);
}
