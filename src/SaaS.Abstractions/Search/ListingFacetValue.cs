namespace SaaS.Search;

public sealed record ListingFacetValue(string Value, string Label, int Count);
