namespace SaaS.Search.Querying;

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Category,
    IReadOnlyList<FacetValue> Merchant,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Attributes);
