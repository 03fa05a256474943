using SaaS.Tenants;

namespace SaaS.Search.Querying;

/// <summary>Category listings from the search index: the same filters, sorts and facet counts the search page has.</summary>
public sealed class IndexedProductListing(SearchService search, ITenant tenant) : IProductListing
{
    public bool Available => tenant.EnabledFeatures.Contains(Manifest.SearchFeature);

    public async Task<ProductListing> ListAsync(ProductListingQuery query, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(new SearchRequest(null, query.Category, query.Merchant, query.MinPrice, query.MaxPrice, query.InStock,
            query.Sort, Math.Clamp(query.Page, 1, SearchRequest.MaxPage), query.Attributes) { VerifiedBuyer = query.VerifiedBuyer }, cancellationToken);
        var facets = new List<ListingFacet> { new("merchant", result.Facets.Merchant.Select(Value).ToList()) };
        facets.AddRange(result.Facets.Attributes.Select(a => new ListingFacet($"a.{a.Key}", a.Value.Select(Value).ToList())));
        return new ProductListing(result.Total, result.Page, result.Pages, result.Hits.Select(h => h.ProductId).ToList(), facets);
    }

    private static ListingFacetValue Value(FacetValue facet) => new(facet.Value, facet.Label, facet.Count);
}
