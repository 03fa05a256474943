namespace SaaS.Orders.Orders;

public sealed class ShipmentItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ShipmentId { get; init; }

    public Guid OrderLineId { get; init; }

    public int Quantity { get; init; }
}
