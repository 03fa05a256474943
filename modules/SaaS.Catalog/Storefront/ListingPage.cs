namespace SaaS.Catalog.Storefront;

public sealed record ListingPage(IReadOnlyList<ListingItem> Items, int Total, int Page, int Pages)
{
    /// <summary>Counts per merchant and filterable attribute value, when the listing came from the search index.</summary>
    public IReadOnlyList<SaaS.Search.ListingFacet> Facets { get; init; } = [];
}
