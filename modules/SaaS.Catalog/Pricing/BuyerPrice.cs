using SaaS.Catalog.Products;

namespace SaaS.Catalog.Pricing;

/// <summary>What the signed-in buyer's company pays for a product, under the merchant's best list for it.</summary>
public sealed record BuyerPrice(string PriceList, decimal DiscountPercent, IReadOnlyList<BuyerSkuPrice> Skus);
