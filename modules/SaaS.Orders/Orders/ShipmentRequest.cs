namespace SaaS.Orders.Orders;

public sealed record ShipmentRequest(string? Carrier, string? TrackingNumber, IReadOnlyList<ShipmentItemRequest>? Items);
