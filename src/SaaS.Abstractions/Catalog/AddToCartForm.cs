namespace SaaS.Catalog;

/// <summary>
/// What the module keeping carts offers product pages: an "Add to cart" form per SKU posting <c>skuId</c> and
/// <c>quantity</c> to <paramref name="Action"/>. The catalog shows it while <paramref name="FeatureId"/> is on, and
/// never needs to know that module.
/// </summary>
public sealed record AddToCartForm(string FeatureId, string Action);
