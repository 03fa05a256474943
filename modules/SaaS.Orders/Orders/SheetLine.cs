namespace SaaS.Orders.Orders;

/// <param name="Left">Ordered and not yet shipped.</param>
public sealed record SheetLine(Guid Id, string SkuCode, string Title, string Unit, int Quantity, decimal UnitPrice, decimal LineTotal, int Shipped, int Left);
