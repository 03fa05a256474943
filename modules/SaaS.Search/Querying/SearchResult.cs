namespace SaaS.Search.Querying;

public sealed record SearchResult(int Total, int Page, int Pages, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
