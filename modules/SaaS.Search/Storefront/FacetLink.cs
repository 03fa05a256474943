namespace SaaS.Search.Storefront;

/// <summary>A facet value on the search page: following the link toggles the filter.</summary>
public sealed record FacetLink(string Label, int Count, string Query, bool Selected);
