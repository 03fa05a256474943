using System.Globalization;
using SaaS.Payments.Payments;
using SaaS.Payments.Storefront;

namespace SaaS.Payments.Admin;

/// <summary>A bank transfer on the operator's desk, with its latest remittance and the forms that act on it.</summary>
public sealed record TransferRow(OperatorPaymentRow Payment, RowForm Confirm, RowForm Reject, RowForm ReturnExcess)
{
    public string StateLabel => PaymentLabels.PaymentStates.GetValueOrDefault(Payment.State, Payment.State);

    public decimal StillDue => Math.Max(0, Payment.Amount - Payment.Received);

    public string? PaidOn => Payment.Remittance?.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A partly received transfer waits for the rest: the operator confirms what arrives next, without a new slip.</summary>
    public bool CanReject => Payment.State == nameof(PaymentState.Submitted);
}
