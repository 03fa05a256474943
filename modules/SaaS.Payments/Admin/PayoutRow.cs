using SaaS.Payments.Desk;
using SaaS.Payments.Settlement;

namespace SaaS.Payments.Admin;

/// <summary>
/// A payout waiting to reach its merchant. A bank payout shows the account to pay and the form that records the
/// bank's reference, with what was typed and why it was refused; a Stripe one shows why it is not sent yet.
/// </summary>
public sealed record PayoutRow(Payout Payout, string MerchantName, string? BankAccount, string Reference, string? Error)
{
    public string MethodLabel => FinanceLabels.PayoutMethod(Payout.Method);

    public bool IsBank => Payout.Method == "bank";
}
