namespace SaaS.Catalog.Storefront;

public sealed record FacetLink(string Label, int Count, string Href, bool Selected);
