using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.Storefront;

/// <summary>
/// What buyers may see: published products of merchants that trade. Drafts, products in review, delisted
/// products and the goods of suspended merchants are not found, nor, by anyone but a verified buyer company's
/// member, products of verified-buyers-only categories.
/// </summary>
public sealed class ProductCatalog(CatalogDbContext db, CategoryService categories, IMerchantDirectory merchants, Images.ProductImages images, IEnumerable<SaaS.Search.IProductListing> listings)
{
    public const int PageSize = 24;

    public async Task<ProductView> PublishedAsync(string idOrSlug, bool verifiedBuyer, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Include(p => p.Skus).ThenInclude(s => s.Tiers).Where(p => p.Status == ProductStatus.Published);
        var product = Guid.TryParse(idOrSlug, out var id)
            ? await products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await products.SingleOrDefaultAsync(p => p.Slug == idOrSlug, cancellationToken);
        if (product is null || !(await merchants.ActiveAsync(cancellationToken)).Contains(product.MerchantId)
            || (!verifiedBuyer && (await categories.VerifiedBuyersOnlyAsync(cancellationToken)).Contains(product.CategoryId)))
        {
            // A hidden product answers like a missing one, so its existence is not given away either.
            throw new NotFoundException("id", "There is no such product on sale.");
        }
        var view = ProductView.From(product);
        return view with { Skus = view.Skus.Select(s => s.ForBuyers()).ToList(), Images = await images.ForProductAsync(product.Id, cancellationToken) };
    }

    public async Task<ListingPage> ListAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        // The search index sorts and counts a large category in milliseconds; the database stays the fallback.
        if (query.CategoryId is { } category && listings.FirstOrDefault(l => l.Available) is { } index)
        {
            var listed = await index.ListAsync(new SaaS.Search.ProductListingQuery(category.ToString(), query.MerchantId, query.MinPrice, query.MaxPrice, query.InStock,
                query.Sort ?? "newest", query.Page, query.Attributes) { VerifiedBuyer = query.VerifiedBuyer }, cancellationToken);
            return await PageAsync(listed.ProductIds, listed.Total, listed.Page, listed.Pages, cancellationToken) with { Facets = listed.Facets };
        }

        var active = (await merchants.ActiveAsync(cancellationToken)).ToList();
        var products = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published && active.Contains(p.MerchantId));
        if (query.CategoryId is { } categoryId)
        {
            var branch = await categories.BranchAsync(categoryId, cancellationToken);
            products = products.Where(p => branch.Contains(p.CategoryId));
        }
        if (!query.VerifiedBuyer && await categories.VerifiedBuyersOnlyAsync(cancellationToken) is { Count: > 0 } hidden)
        {
            var excluded = hidden.ToList();
            products = products.Where(p => !excluded.Contains(p.CategoryId));
        }
        if (query.MerchantId is { } merchantId) products = products.Where(p => p.MerchantId == merchantId);
        if (query.InStock) products = products.Where(p => p.Stock > 0);
        if (query.MinPrice is { } min) products = products.Where(p => p.PriceFrom >= min);
        if (query.MaxPrice is { } max) products = products.Where(p => p.PriceFrom <= max);
        var total = await products.CountAsync(cancellationToken);
        // Decimal ordering is done on the ids and prices only: SQLite cannot order decimals, and a page needs few rows.
        var rows = await products.Select(p => new { p.Id, p.PriceFrom }).ToListAsync(cancellationToken);
        var ordered = query.Sort switch
        {
            "price_asc" => rows.OrderBy(r => r.PriceFrom).ThenByDescending(r => r.Id),
            "price_desc" => rows.OrderByDescending(r => r.PriceFrom).ThenByDescending(r => r.Id),
            _ => rows.OrderByDescending(r => r.Id),
        };
        var page = Math.Max(1, query.Page);
        var ids = ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToList();
        return await PageAsync(ids, total, page, (total + PageSize - 1) / PageSize, cancellationToken);
    }

    /// <summary>Cards of the given products in the given order, leaving out any this buyer may not see.</summary>
    public async Task<IReadOnlyList<ListingItem>> CardsAsync(IReadOnlyList<Guid> ids, bool verifiedBuyer, CancellationToken cancellationToken)
    {
        var active = await merchants.ActiveAsync(cancellationToken);
        var hidden = verifiedBuyer ? new HashSet<Guid>() : await categories.VerifiedBuyersOnlyAsync(cancellationToken);
        var visible = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == ProductStatus.Published)
            .Select(p => new { p.Id, p.MerchantId, p.CategoryId }).ToListAsync(cancellationToken);
        var shown = ids.Where(id => visible.Any(v => v.Id == id && active.Contains(v.MerchantId) && !hidden.Contains(v.CategoryId))).ToList();
        return (await PageAsync(shown, shown.Count, 1, 1, cancellationToken)).Items;
    }

    private async Task<ListingPage> PageAsync(IReadOnlyList<Guid> ids, int total, int page, int pages, CancellationToken cancellationToken)
    {
        var found = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var cards = await merchants.FindAsync(found.Select(p => p.MerchantId).Distinct().ToList(), cancellationToken);
        var covers = await images.CoversAsync(ids, cancellationToken);
        // A product delisted since the index answered is simply left out of this page.
        var items = ids.Where(i => found.Any(p => p.Id == i)).Select(i => found.Single(p => p.Id == i))
            .Select(p => new ListingItem(p.Id, p.Slug, p.Title, p.Brand, p.PriceFrom, p.Unit, p.MinOrderQuantity, p.Stock > 0, cards[p.MerchantId].Name, p.MerchantId,
                covers.GetValueOrDefault(p.Id)))
            .ToList();
        return new ListingPage(items, total, page, pages);
    }
}
