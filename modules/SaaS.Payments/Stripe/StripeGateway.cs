using Microsoft.Extensions.Configuration;
using SaaS.Payments.Ledger;
using SaaS.Payments.Payments;
using SaaS.Problems;
using Stripe;

namespace SaaS.Payments.Stripe;

/// <summary>
/// The tenant's Stripe account through Stripe.net: PaymentIntents for card payments, refunds and Connect transfers
/// (separate charges and transfers). Every call that moves money carries an idempotency key derived from our own
/// row id, so a retry after a crash finds the object Stripe already made instead of making a second one.
/// <c>SaaS:Payments:StripeApiBase</c> points the client elsewhere (a local fake in tests).
/// </summary>
public sealed class StripeGateway(PaymentSettingsStore settings, IConfiguration configuration)
{
    public async Task<bool> ConfiguredAsync(CancellationToken cancellationToken) => await settings.StripeKeysAsync(cancellationToken) is not null;

    public async Task<StripeKeys> KeysAsync(CancellationToken cancellationToken) =>
        await settings.StripeKeysAsync(cancellationToken) ?? throw new ConflictException("method", "Card payments are not set up in this marketplace.");

    private async Task<StripeClient> ClientAsync(CancellationToken cancellationToken)
    {
        var keys = await KeysAsync(cancellationToken);
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = keys.SecretKey,
            ApiBase = configuration["SaaS:Payments:StripeApiBase"] is { Length: > 0 } apiBase ? apiBase : null,
        });
    }

    public async Task<PaymentIntent> CreateIntentAsync(Payment payment, string tenant, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(cancellationToken);
        var options = new PaymentIntentCreateOptions
        {
            Amount = Money.ToMinor(payment.Amount),
            Currency = payment.Currency.ToLowerInvariant(),
            AllowedPaymentMethodTypes = ["card"],
            TransferGroup = payment.CheckoutId?.ToString(),
            Description = payment.Purpose == PaymentPurpose.Deposit ? "Security deposit" : $"Checkout {payment.CheckoutId}",
            Metadata = new Dictionary<string, string> { ["tenant"] = tenant, ["payment_id"] = payment.Id.ToString() },
        };
        return await new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = $"pi-{payment.Id}" }, cancellationToken);
    }

    public async Task<PaymentIntent> ConfirmAsync(string intentId, string paymentMethod, string returnUrl, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(cancellationToken);
        return await new PaymentIntentService(client).ConfirmAsync(intentId, new PaymentIntentConfirmOptions { PaymentMethod = paymentMethod, ReturnUrl = returnUrl },
            cancellationToken: cancellationToken);
    }

    public async Task<PaymentIntent> IntentAsync(string intentId, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(cancellationToken);
        return await new PaymentIntentService(client).GetAsync(intentId, cancellationToken: cancellationToken);
    }

    public async Task<global::Stripe.Refund> RefundAsync(string intentId, decimal amount, Guid refundId, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(cancellationToken);
        return await new RefundService(client).CreateAsync(new RefundCreateOptions { PaymentIntent = intentId, Amount = Money.ToMinor(amount) },
            new RequestOptions { IdempotencyKey = $"refund-{refundId}" }, cancellationToken);
    }

    public async Task<Transfer> TransferAsync(string destination, decimal amount, string currency, Guid transferGroup, string? sourceTransaction, Guid transferId,
        CancellationToken cancellationToken)
    {
        var client = await ClientAsync(cancellationToken);
        return await new TransferService(client).CreateAsync(new TransferCreateOptions
        {
            Destination = destination, Amount = Money.ToMinor(amount), Currency = currency.ToLowerInvariant(), TransferGroup = transferGroup.ToString(),
            SourceTransaction = sourceTransaction,
        }, new RequestOptions { IdempotencyKey = $"transfer-{transferId}" }, cancellationToken);
    }
}
