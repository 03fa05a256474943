namespace SaaS.Inventory;

/// <summary>A quantity of one SKU that an order reserves, ships, releases or takes back.</summary>
public sealed record StockLine(Guid SkuId, int Quantity);
