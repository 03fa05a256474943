namespace SaaS.Catalog.Events;

/// <summary>
/// A reservation took a SKU's available stock below its low-stock alert (<see cref="Products.Sku.LowStockAlert"/>): published
/// once per crossing, in the reserving transaction, so the merchant can restock before buyers meet "out of stock".
/// </summary>
/// <param name="Alert">The level it went below.</param>
public sealed record StockRunningLow(Guid SkuId, string SkuCode, Guid ProductId, string ProductTitle, Guid MerchantId, int Available, int Alert);
