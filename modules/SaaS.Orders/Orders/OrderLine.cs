namespace SaaS.Orders.Orders;

/// <summary>A SKU of an order as it was sold: code, title and price copied at checkout.</summary>
public sealed class OrderLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public Guid SkuId { get; init; }

    public required string SkuCode { get; init; }

    public required string Title { get; init; }

    public required string Unit { get; init; }

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal LineTotal { get; init; }

    /// <summary>Units already sent in shipments.</summary>
    public int Shipped { get; set; }
}
