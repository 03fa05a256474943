using SaaS.Catalog.Products;

namespace SaaS.Catalog.Pricing;

public sealed record BuyerSkuPrice(string Code, IReadOnlyList<TierRequest> Tiers);
