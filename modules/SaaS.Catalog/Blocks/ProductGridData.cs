using Microsoft.EntityFrameworkCore;
using SaaS.Blocks;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Catalog.Storefront;

namespace SaaS.Catalog.Blocks;

/// <summary>
/// The products of a product-grid block: only what buyers may see, and on a shop page only that shop's. A block does not
/// know who is looking, so it shows what anyone may see: never the products of verified-buyers-only categories.
/// </summary>
public sealed class ProductGridData(ProductCatalog catalog, CatalogDbContext db, CategoryService categories) : IBlockData
{
    public string BlockType => CatalogBlocks.ProductGrid.Name;

    public async Task<object?> LoadAsync(BlockRequest request, CancellationToken cancellationToken)
    {
        var count = request.Settings.GetValueOrDefault("count") is decimal n ? (int)n : 8;
        switch (request.Settings.GetValueOrDefault("source") as string)
        {
            case "picked":
                var wanted = (request.Settings.GetValueOrDefault("products") as string ?? "")
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(count).ToList();
                var products = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published);
                if (request.MerchantId is { } merchant) products = products.Where(p => p.MerchantId == merchant);
                var found = await products.Where(p => wanted.Contains(p.Slug) || p.Skus.Any(s => wanted.Contains(s.Code)))
                    .Select(p => new { p.Id, p.Slug, Codes = p.Skus.Select(s => s.Code).ToList() }).ToListAsync(cancellationToken);
                // In the order the merchant listed them.
                var ids = wanted.Select(w => found.FirstOrDefault(f => f.Slug == w || f.Codes.Contains(w))?.Id).OfType<Guid>().Distinct().ToList();
                return await catalog.CardsAsync(ids, verifiedBuyer: false, cancellationToken);
            case "category":
                var slug = request.Settings.GetValueOrDefault("category") as string;
                if (slug is null || (await categories.SnapshotAsync(cancellationToken)).BySlug(slug) is not { } category) return Array.Empty<ListingItem>();
                return (await catalog.ListAsync(new ListingQuery(category.Id, request.MerchantId, false, null, null, "newest", 1), cancellationToken)).Items.Take(count).ToList();
            default:
                return (await catalog.ListAsync(new ListingQuery(null, request.MerchantId, false, null, null, "newest", 1), cancellationToken)).Items.Take(count).ToList();
        }
    }
}
