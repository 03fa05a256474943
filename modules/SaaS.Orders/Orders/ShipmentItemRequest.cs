namespace SaaS.Orders.Orders;

public sealed record ShipmentItemRequest(Guid? LineId, int? Quantity);
