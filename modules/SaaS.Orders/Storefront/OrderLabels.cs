using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The words buyers read for the codes orders keep (states, timeline actions, payment methods, invoice types,
/// after-sales kinds and states):
/// English texts the views translate with <c>| t</c>, so each needs its entry in the themes' zh-CN.json.
/// </summary>
public static class OrderLabels
{
    public static string State(OrderState state) => state switch
    {
        OrderState.PendingApproval => "Awaiting approval",
        OrderState.PendingPayment => "Awaiting payment",
        OrderState.Paid => "Payment received",
        OrderState.Processing => "Being prepared",
        OrderState.PartiallyShipped => "Partly shipped",
        OrderState.Shipped => "Shipped",
        OrderState.Delivered => "Goods received",
        OrderState.Completed => "Completed",
        OrderState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static string State(string state) => Enum.TryParse<OrderState>(state, out var known) ? State(known) : state;

    /// <summary>A timeline entry's action as <see cref="OrderTransitions"/> writes it (the action's name in lower case).</summary>
    public static string Action(string action) => action switch
    {
        "placed" => "Order placed",
        "approve" => "Approved",
        "reject" => "Rejected by the approver",
        "pay" => "Payment received",
        "process" => "The merchant is preparing the goods",
        "shippart" => "Part of the goods shipped",
        "shipall" => "All goods shipped",
        "deliver" => "Receipt confirmed",
        "complete" => "Order completed",
        "cancel" => "Order cancelled",
        "expire" => "Cancelled: not paid in time",
        "after-sales.request" => "After-sales request filed",
        "after-sales.accept" => "The merchant accepted the request",
        "after-sales.reject" => "The merchant rejected the request",
        "after-sales.shipback" => "Goods sent back",
        "after-sales.receive" => "The merchant received the returned goods",
        "after-sales.refund" => "Refund paid",
        "after-sales.cancel" => "Request withdrawn",
        _ => action,
    };

    public static string AfterSalesKind(string kind) => kind switch
    {
        nameof(AfterSales.AfterSalesKind.Return) => "Return for a refund",
        nameof(AfterSales.AfterSalesKind.Refund) => "Refund only",
        _ => kind,
    };

    public static string AfterSalesState(string state) => state switch
    {
        nameof(AfterSales.AfterSalesState.Requested) => "Waiting for the merchant",
        nameof(AfterSales.AfterSalesState.AwaitingReturn) => "Send the goods back",
        nameof(AfterSales.AfterSalesState.ReturnShipped) => "Goods on their way back",
        nameof(AfterSales.AfterSalesState.RefundPending) => "Refund in progress",
        nameof(AfterSales.AfterSalesState.Refunded) => "Money refunded",
        nameof(AfterSales.AfterSalesState.Rejected) => "Rejected by the merchant",
        nameof(AfterSales.AfterSalesState.Cancelled) => "Withdrawn",
        _ => state,
    };

    public static string PaymentMethod(string method) => method switch
    {
        "card" => "Card",
        "bank-transfer" => "Bank transfer",
        "credit-terms" => "Credit terms",
        _ => method,
    };

    public static string InvoiceType(string type) => type switch
    {
        "ordinary" => "Ordinary invoice",
        "vat-special" => "VAT special invoice",
        _ => type,
    };
}
