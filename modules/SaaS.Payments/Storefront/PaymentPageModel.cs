using SaaS.Orders.Storefront;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Storefront;

/// <summary>
/// One payment as its payer follows it: the amount, the orders it pays, its state, and while it waits, how to pay:
/// by card, Stripe's test cards in test mode (posted here) or Stripe's own Payment Element in live mode; by bank
/// transfer, the remittance form.
/// </summary>
/// <param name="CardError">Why the last card was refused (a decline), shown at the card choice.</param>
/// <param name="ReturnUrl">Where Stripe sends the buyer back after a card step: this page.</param>
public sealed record PaymentPageModel(
    PageForm Form, PaymentView Payment, string StateLabel, string MethodLabel, IReadOnlyList<PayMerchantGroup> Merchants, IReadOnlyList<Choice> TestCards,
    string? CardError, string ReturnUrl)
{
    /// <summary>Where and how to remit, and what was remitted: bank transfers only.</summary>
    public TransferPanel? Transfer { get; init; }

    /// <summary>The page's own message, unless the remittance form says it beside its fields (the slip is no posted value).</summary>
    public string? Message => Transfer is { } transfer && (transfer.Error is not null || transfer.Errors.Count > 0) ? transfer.Error : Form.Message;

    public bool Succeeded => Payment.State == nameof(PaymentState.Succeeded);

    private bool AwaitsCard => Payment.State == nameof(PaymentState.Pending) && Payment.Method == "card" && Payment.ClientSecret is not null;

    public bool ShowsTestCards => AwaitsCard && Payment.TestMode;

    public bool ShowsPaymentElement => AwaitsCard && !Payment.TestMode && Payment.PublishableKey is not null;
}
