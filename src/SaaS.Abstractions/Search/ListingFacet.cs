namespace SaaS.Search;

/// <param name="Key"><c>merchant</c>, or <c>a.{code}</c> for a filterable attribute.</param>
public sealed record ListingFacet(string Key, IReadOnlyList<ListingFacetValue> Values);
