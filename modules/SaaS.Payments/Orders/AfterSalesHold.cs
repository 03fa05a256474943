namespace SaaS.Payments.Orders;

/// <summary>An open after-sales request: its order is not settled until the request ends (refunded, rejected, cancelled).</summary>
public sealed class AfterSalesHold
{
    public Guid AfterSalesId { get; init; }

    public Guid OrderId { get; init; }
}
