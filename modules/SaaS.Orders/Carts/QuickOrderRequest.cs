namespace SaaS.Orders.Carts;

/// <summary>Lines pasted from a spreadsheet or an e-mail: <c>SKU code, quantity</c>, one a line.</summary>
public sealed record QuickOrderRequest(string? Lines);
