namespace SaaS.Payments.Payments;

/// <summary>
/// A way to pay (card through Stripe, bank transfer, …). The provider prepares its side of a new payment and, for
/// payments that may have been confirmed while this node was down, says whether the money arrived.
/// </summary>
public interface IPaymentProvider
{
    /// <summary><c>card</c>, <c>bank-transfer</c>: the order's payment method it serves.</summary>
    string Method { get; }

    /// <summary>Whether the marketplace has set this way to pay up.</summary>
    Task<bool> AvailableAsync(CancellationToken cancellationToken);

    /// <summary>Prepares the provider's side of <paramref name="payment"/> (a PaymentIntent) before it is shown to the payer.</summary>
    Task StartAsync(Payment payment, CancellationToken cancellationToken);

    /// <summary>What the provider says arrived for <paramref name="payment"/>; null while nothing has.</summary>
    Task<ProviderReceipt?> CheckAsync(Payment payment, CancellationToken cancellationToken);
}

/// <summary>Money a provider confirms: how much, its reference, and (for Stripe) the charge that funds transfers.</summary>
public sealed record ProviderReceipt(decimal Amount, string Reference, string? ChargeId);
