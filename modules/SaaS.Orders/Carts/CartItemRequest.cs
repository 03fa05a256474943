namespace SaaS.Orders.Carts;

public sealed record CartItemRequest(Guid? SkuId, int? Quantity);
