namespace SaaS.Orders.Orders;

/// <summary>
/// The words pages show for order states and timeline actions, payment methods and invoice types, in English; pages translate them like any other
/// text. "Paid" already means a deposit paid up elsewhere in the merchant center, hence "Payment received".
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

    /// <summary>Actions other modules add to the timeline (after-sales) show as they are written.</summary>
    public static string Action(string action) => Actions.GetValueOrDefault(action, action);
}
