namespace SaaS.Orders.Storefront;

/// <summary>A parcel of the order with what it carries, named by SKU.</summary>
public sealed record ShipmentRow(string Carrier, string TrackingNumber, DateTimeOffset ShippedUtc, IReadOnlyList<ShipmentItemRow> Items);
