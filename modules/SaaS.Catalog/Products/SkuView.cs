using System.Text.Json;

namespace SaaS.Catalog.Products;

/// <param name="Reserved">Units held by open orders that are not paid yet, out of <paramref name="Stock"/> on hand.</param>
public sealed record SkuView(Guid Id, string Code, IReadOnlyDictionary<string, string> Variant, int Stock, int Reserved, IReadOnlyList<TierRequest> Tiers)
{
    public static SkuView From(Sku s) => new(s.Id, s.Code, JsonSerializer.Deserialize<Dictionary<string, string>>(s.Variant)!, s.Stock, s.Reserved,
        s.Tiers.OrderBy(t => t.MinQuantity).Select(t => new TierRequest(t.MinQuantity, t.UnitPrice)).ToList());

    /// <summary>As buyers see it: what they can still order, not how much other companies' open orders hold.</summary>
    public SkuView ForBuyers() => this with { Stock = Math.Max(0, Stock - Reserved), Reserved = 0 };
}
