using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Seo;

namespace SaaS.Catalog.Storefront;

/// <summary>Every category page and every product on sale to anyone (not those for verified buyers only), for the tenant's sitemap.</summary>
public sealed class CatalogSitemap(CatalogDbContext db, CategoryService categories, IMerchantDirectory merchants) : ISitemapSource
{
    public string? FeatureId => Manifest.CatalogFeature;

    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var slug in await db.Categories.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken))
        {
            yield return new SitemapEntry($"/c/{slug}", null);
        }
        var active = (await merchants.ActiveAsync(cancellationToken)).ToList();
        var hidden = (await categories.VerifiedBuyersOnlyAsync(cancellationToken)).ToList();
        var products = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published && active.Contains(p.MerchantId) && !hidden.Contains(p.CategoryId))
            .OrderBy(p => p.Id).Select(p => new { p.Slug, p.UpdatedUtc }).AsAsyncEnumerable();
        await foreach (var product in products.WithCancellation(cancellationToken)) yield return new SitemapEntry($"/p/{product.Slug}", product.UpdatedUtc);
    }
}
