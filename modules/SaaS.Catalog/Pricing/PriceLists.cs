using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.Pricing;

/// <summary>
/// Merchants' price lists for buyer groups, and the price a signed-in buyer sees: a company on several of a
/// merchant's lists gets the best one. Lists of another merchant are not found.
/// </summary>
public sealed class PriceLists(CatalogDbContext db, ICompanyDirectory companies, ITenantDatabase database, IAuditLog audit)
{
    public async Task<IReadOnlyList<PriceListView>> ListAsync(MerchantActor actor, CancellationToken cancellationToken)
    {
        var lists = await db.PriceLists.AsNoTracking().Include(l => l.Companies).Where(l => l.MerchantId == actor.MerchantId).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var cards = await companies.FindAsync(lists.SelectMany(l => l.Companies.Select(c => c.CompanyId)).Distinct().ToList(), cancellationToken);
        return lists.Select(l => View(l, cards)).ToList();
    }

    public async Task<PriceListView> SaveAsync(MerchantActor actor, Guid? id, PriceListRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) errors["name"] = ["A price list needs a name of 1 to 100 characters."];
        if (request.DiscountPercent is not (> 0 and <= 90) || decimal.Round(request.DiscountPercent.Value, 2) != request.DiscountPercent) errors["discountPercent"] = ["The discount is above 0 and at most 90 percent, with at most two decimals."];
        var codes = (request.Companies ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        var found = await companies.ByCreditCodeAsync(codes, cancellationToken);
        var unknown = codes.Where(c => !found.ContainsKey(c)).ToList();
        if (unknown.Count > 0) errors["companies"] = [$"No buyer company of this marketplace has credit code {string.Join(", ", unknown)}."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var list = id is { } existing
            ? await db.PriceLists.Include(l => l.Companies).SingleOrDefaultAsync(l => l.Id == existing && l.MerchantId == actor.MerchantId, cancellationToken)
                ?? throw new NotFoundException("id", "There is no such price list among your merchant's.")
            : null;
        if (await db.PriceLists.AnyAsync(l => l.MerchantId == actor.MerchantId && l.Name == name && l.Id != (id ?? Guid.Empty), cancellationToken))
        {
            throw new ConflictException("name", $"You already have a price list named '{name}'.");
        }
        var before = list is null ? null : $"{list.Name} -{list.DiscountPercent}% ({list.Companies.Count} companies)";
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (list is null) db.PriceLists.Add(list = new PriceList { MerchantId = actor.MerchantId, Name = name! });
        list.Name = name!;
        list.DiscountPercent = request.DiscountPercent!.Value;
        db.PriceListCompanies.RemoveRange(list.Companies);
        list.Companies.Clear();
        list.Companies.AddRange(found.Values.Select(c => new PriceListCompany { PriceListId = list.Id, CompanyId = c.Id }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("price-list.saved", $"{list.Name} ({actor.MerchantId})", before, $"{list.Name} -{list.DiscountPercent}% ({list.Companies.Count} companies)", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(list, found.Values.ToDictionary(c => c.Id));
    }

    public async Task DeleteAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.SingleOrDefaultAsync(l => l.Id == id && l.MerchantId == actor.MerchantId, cancellationToken)
            ?? throw new NotFoundException("id", "There is no such price list among your merchant's.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.PriceLists.Remove(list);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("price-list.deleted", $"{list.Name} ({actor.MerchantId})", $"-{list.DiscountPercent}%", null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The signed-in buyer's price for a product, when their company is on one of its merchant's lists.</summary>
    public async Task<BuyerPrice?> ForBuyerAsync(ClaimsPrincipal user, ProductView product, CancellationToken cancellationToken)
    {
        if (await companies.ForUserAsync(user, cancellationToken) is not { } company) return null;
        var best = await db.PriceLists.AsNoTracking()
            .Where(l => l.MerchantId == product.MerchantId && l.Companies.Any(c => c.CompanyId == company.Id))
            .Select(l => new { l.Name, l.DiscountPercent }).ToListAsync(cancellationToken);
        var list = best.MaxBy(l => l.DiscountPercent);
        if (list is null) return null;
        return new BuyerPrice(list.Name, list.DiscountPercent, product.Skus.Select(s => new BuyerSkuPrice(s.Code,
            s.Tiers.Select(t => new TierRequest(t.MinQuantity, Discount.Apply(t.UnitPrice, list.DiscountPercent))).ToList())).ToList());
    }

    /// <summary>The company's best discount at each of <paramref name="merchantIds"/>; merchants without a list for it are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> DiscountsAsync(Guid companyId, IReadOnlyCollection<Guid> merchantIds, CancellationToken cancellationToken)
    {
        // DiscountPercent is a decimal: SQLite cannot take its MAX, so the few lists are compared here.
        var lists = await db.PriceLists.AsNoTracking()
            .Where(l => merchantIds.Contains(l.MerchantId) && l.Companies.Any(c => c.CompanyId == companyId))
            .Select(l => new { l.MerchantId, l.DiscountPercent }).ToListAsync(cancellationToken);
        return lists.GroupBy(l => l.MerchantId).ToDictionary(g => g.Key, g => g.Max(l => l.DiscountPercent));
    }

    private static PriceListView View(PriceList list, IReadOnlyDictionary<Guid, CompanyCard> cards) =>
        new(list.Id, list.Name, list.DiscountPercent, list.Companies.Select(c => cards.GetValueOrDefault(c.CompanyId)).OfType<CompanyCard>().OrderBy(c => c.Name).ToList());
}
