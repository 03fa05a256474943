namespace SaaS.Inventory;

/// <summary>A line of a reservation that could not be met: its index in the caller's lines, and what is left.</summary>
public sealed record StockShortage(int Line, Guid SkuId, int Requested, int Available);
