namespace SaaS.Catalog;

/// <summary>
/// A SKU as a buyer orders it: what the line shows, the ordering rules, what is available and the buyer's own
/// tier prices (the merchant's best price list for the buyer's company already applied).
/// </summary>
public sealed record OrderableSku(
    Guid SkuId,
    string Code,
    Guid ProductId,
    Guid CategoryId,
    string Title,
    string Variant,
    Guid MerchantId,
    string Unit,
    int MinOrderQuantity,
    int OrderMultiple,
    bool Orderable,
    int Available,
    IReadOnlyList<SkuTier> Tiers)
{
    /// <summary>The price of the highest tier the quantity reaches; below the first tier, the first tier's.</summary>
    public decimal UnitPriceFor(int quantity) =>
        Tiers.Where(t => t.MinQuantity <= quantity).Select(t => (decimal?)t.UnitPrice).LastOrDefault() ?? Tiers[0].UnitPrice;

    /// <summary>Why <paramref name="quantity"/> cannot be ordered (MOQ, pack size), or null when it can.</summary>
    public string? QuantityRuleBroken(int quantity) =>
        quantity < MinOrderQuantity ? $"The minimum order of {Code} is {MinOrderQuantity} {Unit}."
        : quantity % OrderMultiple != 0 ? $"{Code} is sold in multiples of {OrderMultiple} {Unit}."
        : null;
}
