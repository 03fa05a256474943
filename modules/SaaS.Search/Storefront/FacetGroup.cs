namespace SaaS.Search.Storefront;

public sealed record FacetGroup(string Code, string Name, IReadOnlyList<FacetLink> Links);
