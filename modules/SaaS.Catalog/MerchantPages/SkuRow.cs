namespace SaaS.Catalog.MerchantPages;

/// <summary>
/// One row of the SKU matrix: its variant (fixed by the matrix), code, stock, tiers as <c>10:30.00; 100:27.50</c>
/// and low-stock alert (blank: the marketplace default).
/// </summary>
public sealed record SkuRow(int Index, string Label, IReadOnlyList<VariantValue> Variant, string Code, string Stock, string Tiers, string LowStockAlert,
    string? CodeError, string? StockError, string? TiersError, string? LowStockAlertError);
