namespace SaaS.Orders.AfterSales;

public enum AfterSalesState
{
    Requested,
    AwaitingReturn,
    ReturnShipped,
    /// <summary>The refund amount is settled and handed to payments, which moves the request on to Refunded.</summary>
    RefundPending,
    Refunded,
    Rejected,
    Cancelled,
}
