namespace SaaS.Orders.AfterSales;

public sealed class AfterSalesItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid OrderLineId { get; init; }

    public Guid SkuId { get; init; }

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }
}
