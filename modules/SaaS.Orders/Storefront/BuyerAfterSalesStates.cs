using SaaS.Orders.AfterSales;

namespace SaaS.Orders.Storefront;

/// <summary>
/// After-sales states as the buyer reads them: the desk words them for the merchant ("Awaiting your answer"),
/// while the buyer waits for the merchant or has goods to send back. Every other code takes the desk's words
/// (<see cref="Orders.OrderLabels"/>).
/// </summary>
public static class BuyerAfterSalesStates
{
    public static string Label(string state) => state switch
    {
        nameof(AfterSalesState.Requested) => "Waiting for the merchant",
        nameof(AfterSalesState.AwaitingReturn) => "Send the goods back",
        nameof(AfterSalesState.ReturnShipped) => "Goods on their way back",
        nameof(AfterSalesState.RefundPending) => "Refund in progress",
        nameof(AfterSalesState.Refunded) => "Money refunded",
        nameof(AfterSalesState.Rejected) => "Rejected by the merchant",
        nameof(AfterSalesState.Cancelled) => "Withdrawn",
        _ => state,
    };
}
