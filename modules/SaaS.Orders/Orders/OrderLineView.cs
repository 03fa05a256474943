namespace SaaS.Orders.Orders;

public sealed record OrderLineView(Guid Id, Guid SkuId, string SkuCode, string Title, string Unit, int Quantity, decimal UnitPrice, decimal LineTotal, int Shipped);
