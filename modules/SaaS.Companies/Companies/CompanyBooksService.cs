using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Data;
using SaaS.Enterprises;
using SaaS.Problems;

namespace SaaS.Companies.Companies;

/// <summary>
/// The caller's company's address book and invoice titles. The company is always the caller's own; an entry
/// of another company is not found. Purchasers and admins keep addresses; finance and admins keep invoice titles.
/// </summary>
public sealed class CompanyBooksService(CompaniesDbContext db, CompanyMembership membership)
{
    public async Task<IReadOnlyList<CompanyAddress>> AddressesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken);
        return await db.Addresses.AsNoTracking().Where(a => a.CompanyId == member.CompanyId).OrderByDescending(a => a.IsDefault).ThenBy(a => a.Label).ToListAsync(cancellationToken);
    }

    public async Task<CompanyAddress> AddAddressAsync(ClaimsPrincipal user, AddressRequest request, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken, CompanyRole.Admin, CompanyRole.Purchaser);
        var errors = Required(("label", request.Label, 50), ("recipient", request.Recipient, 100), ("phone", request.Phone, 20), ("region", request.Region, 100), ("street", request.Street, 300));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var first = !await db.Addresses.AnyAsync(a => a.CompanyId == member.CompanyId, cancellationToken);
        if (request.IsDefault)
        {
            await db.Addresses.Where(a => a.CompanyId == member.CompanyId && a.IsDefault).ExecuteUpdateAsync(a => a.SetProperty(x => x.IsDefault, false), cancellationToken);
        }
        var address = new CompanyAddress
        {
            CompanyId = member.CompanyId, Label = request.Label!.Trim(), Recipient = request.Recipient!.Trim(), Phone = request.Phone!.Trim(),
            Region = request.Region!.Trim(), Street = request.Street!.Trim(), IsDefault = request.IsDefault || first,
        };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(cancellationToken);
        return address;
    }

    public async Task DeleteAddressAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken, CompanyRole.Admin, CompanyRole.Purchaser);
        var deleted = await db.Addresses.Where(a => a.Id == id && a.CompanyId == member.CompanyId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) throw new NotFoundException("id", "There is no such address.");
    }

    public async Task<IReadOnlyList<InvoiceTitle>> InvoiceTitlesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken);
        return await db.InvoiceTitles.AsNoTracking().Where(t => t.CompanyId == member.CompanyId).OrderBy(t => t.Title).ToListAsync(cancellationToken);
    }

    public async Task<InvoiceTitle> AddInvoiceTitleAsync(ClaimsPrincipal user, InvoiceTitleRequest request, CancellationToken cancellationToken)
    {
        var member = await membership.RequireAsync(user, cancellationToken, CompanyRole.Admin, CompanyRole.Finance);
        var errors = Required(("title", request.Title, 200), ("bank", request.Bank, 100), ("bankAccount", request.BankAccount, 40), ("address", request.Address, 300), ("phone", request.Phone, 20));
        var taxId = request.TaxId?.Trim().ToUpperInvariant();
        if (UnifiedSocialCreditCode.Problem(taxId) is { } problem) errors["taxId"] = [problem];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var title = new InvoiceTitle
        {
            CompanyId = member.CompanyId, Title = request.Title!.Trim(), TaxId = taxId!, Bank = request.Bank!.Trim(),
            BankAccount = request.BankAccount!.Trim(), Address = request.Address!.Trim(), Phone = request.Phone!.Trim(),
        };
        db.InvoiceTitles.Add(title);
        await db.SaveChangesAsync(cancellationToken);
        return title;
    }

    private static Dictionary<string, string[]> Required(params (string Field, string? Value, int MaxLength)[] fields) =>
        fields.Where(f => string.IsNullOrWhiteSpace(f.Value) || f.Value.Trim().Length > f.MaxLength)
            .ToDictionary(f => f.Field, f => new[] { $"'{f.Field}' is required and may have at most {f.MaxLength} characters." });
}
