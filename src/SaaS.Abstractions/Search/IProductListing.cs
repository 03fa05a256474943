namespace SaaS.Search;

/// <summary>
/// Lists a category's products on sale with facet counts, from wherever that is fastest (the search index).
/// The catalog's category pages use it when a module provides it for the tenant.
/// </summary>
public interface IProductListing
{
    /// <summary>Whether it can answer for the current tenant (its feature is on).</summary>
    bool Available { get; }

    Task<ProductListing> ListAsync(ProductListingQuery query, CancellationToken cancellationToken);
}
