using System.Text.Json;

namespace SaaS.Catalog.Products;

/// <param name="Reserved">Units held by open orders that are not paid yet, out of <paramref name="Stock"/> on hand.</param>
/// <param name="LowStockAlert">The SKU's own low-stock alert level; null, the marketplace default.</param>
public sealed record SkuView(Guid Id, string Code, IReadOnlyDictionary<string, string> Variant, int Stock, int Reserved, IReadOnlyList<TierRequest> Tiers, int? LowStockAlert)
{
    public static SkuView From(Sku s) => new(s.Id, s.Code, JsonSerializer.Deserialize<Dictionary<string, string>>(s.Variant)!, s.Stock, s.Reserved,
        s.Tiers.OrderBy(t => t.MinQuantity).Select(t => new TierRequest(t.MinQuantity, t.UnitPrice)).ToList(), s.LowStockAlert);

    /// <summary>As buyers see it: what they can still order, not how much other companies' open orders hold, nor the merchant's alert level.</summary>
    public SkuView ForBuyers() => this with { Stock = Math.Max(0, Stock - Reserved), Reserved = 0, LowStockAlert = null };
}
