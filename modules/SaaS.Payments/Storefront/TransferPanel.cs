using System.Globalization;
using SaaS.Payments.BankTransfer;

namespace SaaS.Payments.Storefront;

/// <summary>
/// A bank-transfer payment's part of its page: the account to remit to, the code to write on the transfer, what is
/// still due, the remittances sent so far, and while money is awaited the form that submits one with its slip, with
/// what was typed and the messages at their fields when it was refused.
/// </summary>
/// <param name="Error">Why the last remittance was refused when no field says it (the payment changed meanwhile).</param>
public sealed record TransferPanel(
    string? Account, string ReferenceCode, decimal StillDue, IReadOnlyList<RemittanceRow> Remittances, bool CanSubmit,
    IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string? Error, string Today);

/// <summary>A remittance the payer sent, with its state in words and the link to its slip.</summary>
public sealed record RemittanceRow(RemittanceView Remittance, string StateLabel)
{
    public string PaidOn => Remittance.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
