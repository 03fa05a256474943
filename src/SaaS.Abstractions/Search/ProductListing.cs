namespace SaaS.Search;

/// <summary>One page of product ids in order, the total, and the facets over the whole result.</summary>
public sealed record ProductListing(int Total, int Page, int Pages, IReadOnlyList<Guid> ProductIds, IReadOnlyList<ListingFacet> Facets);
