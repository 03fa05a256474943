namespace SaaS.Orders.Orders;

public sealed record ShipmentView(Guid Id, string Carrier, string TrackingNumber, DateTimeOffset ShippedUtc, IReadOnlyList<ShipmentItemRequest> Items);
