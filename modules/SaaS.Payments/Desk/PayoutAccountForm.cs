using Microsoft.AspNetCore.Http;
using SaaS.Payments.Settlement;
using SaaS.Problems;

namespace SaaS.Payments.Desk;

/// <summary>
/// Where payouts go, as the finance page's form shows it: the Stripe connected account, or a bank account. The full
/// account number is never shown back (only its last four digits), so the form asks for it again on every save.
/// </summary>
public sealed record PayoutAccountForm(string StripeAccountId, string BankName, string BankAccountName, string BankAccountNumber, string? NumberEnding,
    IReadOnlyDictionary<string, string> Errors)
{
    public static PayoutAccountForm Of(PayoutAccountView? saved) =>
        new(saved?.StripeAccountId ?? "", saved?.BankName ?? "", saved?.BankAccountName ?? "", "", saved?.BankAccountNumberEnding, new Dictionary<string, string>());

    /// <summary>The form as posted, with the refusal's messages at their fields.</summary>
    public static PayoutAccountForm Refused(IFormCollection form, PayoutAccountView? saved, ProblemException problem) =>
        new(form["stripeAccountId"].ToString(), form["bankName"].ToString(), form["bankAccountName"].ToString(), form["bankAccountNumber"].ToString(),
            saved?.BankAccountNumberEnding, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)));

    public static PayoutAccountRequest Request(IFormCollection form) =>
        new(form["stripeAccountId"], form["bankName"], form["bankAccountName"], form["bankAccountNumber"]);
}
