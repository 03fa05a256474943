namespace SaaS.Catalog.Products;

public sealed record ValidSku(string Code, string Variant, int Stock, IReadOnlyList<TierRequest> Tiers, int? LowStockAlert);
