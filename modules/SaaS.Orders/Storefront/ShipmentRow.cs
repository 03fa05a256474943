namespace SaaS.Orders.Storefront;

/// <summary>A parcel of the order with what it carries, named by SKU.</summary>
/// <param name="Shipped">In the marketplace's time zone.</param>
public sealed record ShipmentRow(string Carrier, string TrackingNumber, DateTimeOffset Shipped, IReadOnlyList<ShipmentItemRow> Items);
