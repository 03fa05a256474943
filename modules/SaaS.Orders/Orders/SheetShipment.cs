namespace SaaS.Orders.Orders;

public sealed record SheetShipment(string Carrier, string TrackingNumber, DateTimeOffset Shipped, IReadOnlyList<SheetShipmentItem> Items);
