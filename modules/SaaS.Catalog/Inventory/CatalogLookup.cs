using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Pricing;
using SaaS.Catalog.Products;
using SaaS.Companies;
using SaaS.Merchants;

namespace SaaS.Catalog.Inventory;

/// <summary>SKUs as the orders module needs them, priced for one buyer company and judged by the storefront's visibility rules.</summary>
public sealed class CatalogLookup(CatalogDbContext db, CategoryService categories, IMerchantDirectory merchants, PriceLists priceLists) : ICatalogLookup
{
    public async Task<IReadOnlyDictionary<Guid, OrderableSku>> SkusAsync(IReadOnlyCollection<Guid> skuIds, CompanyCard buyer, CancellationToken cancellationToken) =>
        (await LoadAsync(db.Skus.Where(s => skuIds.Contains(s.Id)), buyer, cancellationToken)).ToDictionary(s => s.SkuId);

    public async Task<IReadOnlyDictionary<string, OrderableSku>> SkusByCodeAsync(IReadOnlyCollection<string> codes, CompanyCard buyer, CancellationToken cancellationToken)
    {
        // Codes are matched as typed, in upper and in lower case, so the lookup stays on the unique index of Code;
        // comparing upper(Code) would read every SKU of the marketplace for each pasted list.
        var typed = codes.Select(c => c.Trim()).ToList();
        var candidates = typed.Concat(typed.Select(c => c.ToUpperInvariant())).Concat(typed.Select(c => c.ToLowerInvariant())).Distinct(StringComparer.Ordinal).ToList();
        return (await LoadAsync(db.Skus.Where(s => candidates.Contains(s.Code)), buyer, cancellationToken))
            .GroupBy(s => s.Code.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First());
    }

    private async Task<IReadOnlyList<OrderableSku>> LoadAsync(IQueryable<Sku> query, CompanyCard buyer, CancellationToken cancellationToken)
    {
        var skus = await query.AsNoTracking().Include(s => s.Tiers).ToListAsync(cancellationToken);
        if (skus.Count == 0) return [];
        var productIds = skus.Select(s => s.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.MerchantId, p.CategoryId, p.Title, p.Unit, p.MinOrderQuantity, p.OrderMultiple, p.Status })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var active = await merchants.ActiveAsync(cancellationToken);
        var hidden = buyer.Verified ? new HashSet<Guid>() : await categories.VerifiedBuyersOnlyAsync(cancellationToken);
        var discounts = await priceLists.DiscountsAsync(buyer.Id, products.Values.Select(p => p.MerchantId).Distinct().ToList(), cancellationToken);
        return skus.Select(s =>
        {
            var p = products[s.ProductId];
            var discount = discounts.GetValueOrDefault(p.MerchantId);
            var orderable = p.Status == ProductStatus.Published && active.Contains(p.MerchantId) && !hidden.Contains(p.CategoryId) && s.Tiers.Count > 0;
            var tiers = s.Tiers.OrderBy(t => t.MinQuantity).Select(t => new SkuTier(t.MinQuantity, discount == 0 ? t.UnitPrice : Discount.Apply(t.UnitPrice, discount))).ToList();
            return new OrderableSku(s.Id, s.Code, p.Id, p.CategoryId, p.Title, s.Variant, p.MerchantId, p.Unit, p.MinOrderQuantity, p.OrderMultiple, orderable, s.Stock - s.Reserved, tiers);
        }).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> CategoryPathsAsync(IReadOnlyCollection<Guid> categoryIds, CancellationToken cancellationToken)
    {
        var parents = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);
        IReadOnlyList<Guid> Path(Guid id)
        {
            var path = new List<Guid>();
            for (Guid? at = id; at is { } current && parents.ContainsKey(current) && !path.Contains(current); at = parents[current]) path.Insert(0, current);
            return path;
        }
        return categoryIds.Distinct().ToDictionary(id => id, Path);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> CategoriesBySlugAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().Where(c => slugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> CategoryNamesAsync(CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var paths = await CategoryPathsAsync(all.Keys, cancellationToken);
        return paths.ToDictionary(p => p.Key, p => string.Join(" › ", p.Value.Select(id => all[id].Name)));
    }
}
