namespace SaaS.Search.Querying;

/// <summary>One value of a facet: what to filter by, what to show, and how many of the results have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);
