using SaaS.Catalog.Products;

namespace SaaS.Catalog.Storefront;

/// <summary>A SKU as the picker lists it: its variant values read as one label.</summary>
public sealed record SkuOption(Guid Id, string Code, string Label, int Stock, IReadOnlyList<TierRequest> Tiers);
