using System.Text.Json;

namespace SaaS.Catalog.Products;

public sealed record SkuView(Guid Id, string Code, IReadOnlyDictionary<string, string> Variant, int Stock, IReadOnlyList<TierRequest> Tiers)
{
    public static SkuView From(Sku s) => new(s.Id, s.Code, JsonSerializer.Deserialize<Dictionary<string, string>>(s.Variant)!, s.Stock,
        s.Tiers.OrderBy(t => t.MinQuantity).Select(t => new TierRequest(t.MinQuantity, t.UnitPrice)).ToList());
}
