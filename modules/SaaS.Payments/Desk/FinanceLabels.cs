using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>The words finance pages show for payouts and statement lines, in English; views translate them.</summary>
public static class FinanceLabels
{
    public static string PayoutMethod(string method) => method switch
    {
        "stripe-transfer" => "Stripe transfer",
        "bank" => "Bank transfer",
        _ => method,
    };

    public static string PayoutState(string state) => state switch
    {
        nameof(Settlement.PayoutState.Pending) => "Payout pending",
        nameof(Settlement.PayoutState.Sent) => "Paid out",
        _ => state,
    };

    public static string LineKind(string kind) => kind == "adjustment" ? "Later refund" : "Completed order";

    /// <summary>Where payouts go, in a line: the connected account, or the bank with the account's last digits.</summary>
    public static string PayoutAccount(PayoutAccountView? account) =>
        account is null ? "" : account.StripeAccountId ?? $"{account.BankName} {account.BankAccountName} ···· {account.BankAccountNumberEnding}".Trim();
}
