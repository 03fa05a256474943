using SaaS.Orders.AfterSales;

namespace SaaS.Orders.Orders;

/// <summary>
/// The words pages show for order states, timeline actions, payment methods, invoice types and after-sales
/// requests, in English; pages translate them like any other text. "Paid" already means a deposit paid up
/// elsewhere in the merchant center, hence "Payment received".
/// </summary>
public static class OrderLabels
{
    public static IReadOnlyDictionary<string, string> States { get; } = new Dictionary<string, string>
    {
        [nameof(OrderState.PendingApproval)] = "Awaiting approval",
        [nameof(OrderState.PendingPayment)] = "Awaiting payment",
        [nameof(OrderState.Paid)] = "Payment received",
        [nameof(OrderState.Processing)] = "Being processed",
        [nameof(OrderState.PartiallyShipped)] = "Partly shipped",
        [nameof(OrderState.Shipped)] = "All shipped",
        [nameof(OrderState.Delivered)] = "Delivered",
        [nameof(OrderState.Completed)] = "Order completed",
        [nameof(OrderState.Cancelled)] = "Order cancelled",
    };

    public static IReadOnlyDictionary<string, string> Actions { get; } = new Dictionary<string, string>
    {
        ["placed"] = "Order placed",
        ["approve"] = "Approved by the buyer company",
        ["reject"] = "Rejected by the buyer company",
        ["pay"] = "Payment received",
        ["process"] = "Processing started",
        ["shippart"] = "Parcel shipped",
        ["shipall"] = "Last parcel shipped",
        ["deliver"] = "Received by the buyer",
        ["complete"] = "Order completed",
        ["cancel"] = "Order cancelled",
        ["expire"] = "Cancelled unpaid",
        ["after-sales.request"] = "After-sales requested",
        ["after-sales.accept"] = "After-sales accepted",
        ["after-sales.reject"] = "After-sales rejected",
        ["after-sales.shipback"] = "Return sent back by the buyer",
        ["after-sales.receive"] = "Returned goods received",
        ["after-sales.refund"] = "Refund paid",
        ["after-sales.cancel"] = "After-sales cancelled",
    };

    public static IReadOnlyDictionary<string, string> AfterSalesKinds { get; } = new Dictionary<string, string>
    {
        [nameof(AfterSalesKind.Return)] = "Return and refund",
        [nameof(AfterSalesKind.Refund)] = "Refund only",
    };

    public static IReadOnlyDictionary<string, string> AfterSalesStates { get; } = new Dictionary<string, string>
    {
        [nameof(AfterSalesState.Requested)] = "Awaiting your answer",
        [nameof(AfterSalesState.AwaitingReturn)] = "Awaiting the return",
        [nameof(AfterSalesState.ReturnShipped)] = "Return on its way",
        [nameof(AfterSalesState.RefundPending)] = "Refund pending",
        [nameof(AfterSalesState.Refunded)] = "Refund paid",
        [nameof(AfterSalesState.Rejected)] = "Request rejected",
        [nameof(AfterSalesState.Cancelled)] = "Request withdrawn",
    };

    public static IReadOnlyDictionary<string, string> PaymentMethods { get; } = new Dictionary<string, string>
    {
        ["card"] = "Card",
        ["bank-transfer"] = "Bank transfer",
        ["credit-terms"] = "Credit terms",
    };

    public static IReadOnlyDictionary<string, string> InvoiceTypes { get; } = new Dictionary<string, string>
    {
        ["ordinary"] = "Ordinary invoice",
        ["vat-special"] = "Special VAT invoice",
    };

    public static string State(string state) => States.GetValueOrDefault(state, state);

    /// <summary>An action no one named yet shows as it is written.</summary>
    public static string Action(string action) => Actions.GetValueOrDefault(action, action);
}
