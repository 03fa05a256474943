using SaaS.Payments.BankTransfer;

namespace SaaS.Payments.Payments;

/// <summary>A payment as its payer sees it, with what to do next: the card form, or where to remit.</summary>
public sealed record PaymentView(
    Guid Id, string Method, string Purpose, string State, decimal Amount, decimal Received, string Currency, Guid? CheckoutId,
    IReadOnlyList<PaymentOrderView> Orders, string? ProviderReference, string? LastError, DateTimeOffset CreatedUtc, DateTimeOffset? SucceededUtc,
    string? PublishableKey, string? ClientSecret, bool TestMode)
{
    /// <summary>What arrived that nothing took, waiting in buyer clearing to be sent back (<see cref="Payment.Unapplied"/>).</summary>
    public decimal Excess { get; init; }

    /// <summary>Where to remit and what was remitted and received: bank transfers only.</summary>
    public BankTransferView? BankTransfer { get; init; }

    public static PaymentView Of(Payment payment, StripeKeys? keys = null, string? clientSecret = null) => new(
        payment.Id, payment.Method, payment.Purpose.ToString(), payment.State.ToString(), payment.Amount, payment.Received, payment.Currency, payment.CheckoutId,
        payment.Orders.Select(o => new PaymentOrderView(o.OrderId, o.MerchantId, o.Amount)).ToList(), payment.ProviderReference, payment.LastError,
        payment.CreatedUtc, payment.SucceededUtc, keys?.PublishableKey, clientSecret, keys?.TestMode ?? false)
    {
        Excess = payment.Unapplied,
    };
}

public sealed record PaymentOrderView(Guid OrderId, Guid MerchantId, decimal Amount);

public sealed record StartPaymentRequest(Guid? CheckoutId, string? Method);

public sealed record ConfirmCardRequest(string? PaymentMethod);
