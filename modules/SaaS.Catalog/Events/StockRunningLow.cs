namespace SaaS.Catalog.Events;

/// <summary>
/// A reservation took a SKU's available stock below <see cref="Inventory.CatalogInventory.LowStockThreshold"/>: published
/// once per crossing, in the reserving transaction, so the merchant can restock before buyers meet "out of stock".
/// </summary>
public sealed record StockRunningLow(Guid SkuId, string SkuCode, Guid ProductId, string ProductTitle, Guid MerchantId, int Available);
