namespace SaaS.Orders.Orders;

/// <summary>A parcel the merchant sent: carrier, tracking number and which units of which lines it carries.</summary>
public sealed class Shipment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public required string Carrier { get; init; }

    public required string TrackingNumber { get; init; }

    public DateTimeOffset ShippedUtc { get; init; }

    public List<ShipmentItem> Items { get; init; } = [];
}
