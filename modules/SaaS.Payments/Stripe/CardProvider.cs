using SaaS.Payments.Ledger;
using SaaS.Payments.Payments;
using SaaS.Tenants;

namespace SaaS.Payments.Stripe;

/// <summary>Cards through Stripe PaymentIntents: the intent is made when the payment starts; Stripe says when it succeeded.</summary>
public sealed class CardProvider(StripeGateway stripe, ITenant tenant) : IPaymentProvider
{
    public string Method => "card";

    public Task<bool> AvailableAsync(CancellationToken cancellationToken) => stripe.ConfiguredAsync(cancellationToken);

    public async Task StartAsync(Payment payment, CancellationToken cancellationToken)
    {
        var intent = await stripe.CreateIntentAsync(payment, tenant.Name, cancellationToken);
        payment.ProviderReference = intent.Id;
    }

    public async Task<ProviderReceipt?> CheckAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.ProviderReference is null) return null;
        var intent = await stripe.IntentAsync(payment.ProviderReference, cancellationToken);
        return Receipt(intent);
    }

    public static ProviderReceipt? Receipt(global::Stripe.PaymentIntent intent) =>
        intent.Status == "succeeded" ? new ProviderReceipt(Money.FromMinor(intent.AmountReceived), intent.Id, intent.LatestChargeId) : null;
}
