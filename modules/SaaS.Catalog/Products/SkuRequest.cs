namespace SaaS.Catalog.Products;

/// <param name="LowStockAlert">Available units below which the merchant hears the SKU is running low; left out, the marketplace default; 0, never.</param>
public sealed record SkuRequest(string? Code, IReadOnlyDictionary<string, string>? Variant, int? Stock, IReadOnlyList<TierRequest>? Tiers, int? LowStockAlert = null);
