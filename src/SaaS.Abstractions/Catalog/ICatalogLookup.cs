using SaaS.Companies;

namespace SaaS.Catalog;

/// <summary>What the orders and payments modules may read of the catalog: SKUs by id or by code, priced for one buyer company; category ancestry.</summary>
public interface ICatalogLookup
{
    /// <summary>
    /// The SKUs found among <paramref name="skuIds"/>; <see cref="OrderableSku.Orderable"/> is false for a product that
    /// is not on sale to <paramref name="buyer"/> (unpublished, merchant inactive, verified buyers only).
    /// </summary>
    Task<IReadOnlyDictionary<Guid, OrderableSku>> SkusAsync(IReadOnlyCollection<Guid> skuIds, CompanyCard buyer, CancellationToken cancellationToken);

    /// <summary>The same, by SKU code as typed, in upper or in lower case (codes are unique in a marketplace), keyed by the upper-case code.</summary>
    Task<IReadOnlyDictionary<string, OrderableSku>> SkusByCodeAsync(IReadOnlyCollection<string> codes, CompanyCard buyer, CancellationToken cancellationToken);

    /// <summary>Each category's path, root first and the category itself last: commission rules set on a branch apply below it.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> CategoryPathsAsync(IReadOnlyCollection<Guid> categoryIds, CancellationToken cancellationToken);

    /// <summary>Category ids by slug, for recipes that name categories as their URLs do; unknown slugs are left out.</summary>
    Task<IReadOnlyDictionary<string, Guid>> CategoriesBySlugAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);

    /// <summary>Every category named with its ancestors, root first (<c>紧固件 › 螺栓</c>): how the operator picks the branch a commission rule applies to.</summary>
    Task<IReadOnlyDictionary<Guid, string>> CategoryNamesAsync(CancellationToken cancellationToken);
}
