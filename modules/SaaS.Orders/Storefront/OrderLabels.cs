using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The words buyers read for the codes orders keep (states, timeline actions, payment methods, invoice types):
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
        _ => action,
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
