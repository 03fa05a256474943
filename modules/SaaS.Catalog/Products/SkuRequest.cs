namespace SaaS.Catalog.Products;

public sealed record SkuRequest(string? Code, IReadOnlyDictionary<string, string>? Variant, int? Stock, IReadOnlyList<TierRequest>? Tiers);
