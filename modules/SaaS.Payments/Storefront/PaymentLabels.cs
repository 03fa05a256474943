using SaaS.Payments.BankTransfer;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Storefront;

/// <summary>The words the payment pages show for payment and order states, in English; pages translate them.</summary>
public static class PaymentLabels
{
    public static IReadOnlyDictionary<string, string> PaymentStates { get; } = new Dictionary<string, string>
    {
        [nameof(PaymentState.Pending)] = "Waiting for your payment",
        [nameof(PaymentState.Submitted)] = "Waiting for the marketplace to confirm",
        [nameof(PaymentState.PartlyReceived)] = "Part of the transfer received",
        [nameof(PaymentState.Succeeded)] = "Payment received",
        [nameof(PaymentState.Cancelled)] = "Payment cancelled",
    };

    public static IReadOnlyDictionary<string, string> RemittanceStates { get; } = new Dictionary<string, string>
    {
        [nameof(RemittanceState.Submitted)] = "Being checked",
        [nameof(RemittanceState.Confirmed)] = "Confirmed by the marketplace",
        [nameof(RemittanceState.Rejected)] = "Slip rejected",
    };

    /// <summary>An order as payments knows it, in the words the order pages use for the same states.</summary>
    public static IReadOnlyDictionary<string, string> OrderStates { get; } = new Dictionary<string, string>
    {
        [nameof(OrderAccountState.AwaitingApproval)] = "Awaiting approval",
        [nameof(OrderAccountState.Unpaid)] = "Awaiting payment",
        [nameof(OrderAccountState.Paid)] = "Payment received",
        [nameof(OrderAccountState.Completed)] = "Order completed",
        [nameof(OrderAccountState.Cancelled)] = "Order cancelled",
    };

    public static string Method(string method) => SaaS.Orders.Orders.OrderLabels.PaymentMethods.GetValueOrDefault(method, method);
}
