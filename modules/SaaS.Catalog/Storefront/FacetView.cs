namespace SaaS.Catalog.Storefront;

/// <summary>A facet as the category page shows it: a heading and its values, each a link that adds or removes the filter.</summary>
public sealed record FacetView(string Name, IReadOnlyList<FacetLink> Values);
