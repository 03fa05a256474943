using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Payments;
using SaaS.Problems;
using Stripe;

namespace SaaS.Payments.Stripe;

/// <summary>
/// Stripe's events for this tenant. The signature is checked with the tenant's signing secret and a five-minute
/// tolerance; the event id is recorded in the same transaction as its effects, so an event delivered twice books
/// once, and one that fails is answered 500 and comes again. Events may arrive in any order: a failure after a
/// success changes nothing, a success after a failure books the payment.
/// </summary>
public sealed partial class StripeWebhook(
    PaymentsDbContext db, PaymentSettingsStore settings, PaymentBook book, ITenantDatabase database, TimeProvider clock, ILogger<StripeWebhook> logger)
{
    private const long ToleranceSeconds = 300;

    public async Task<string> HandleAsync(string json, string? signature, CancellationToken cancellationToken)
    {
        var secret = (await settings.StripeKeysAsync(cancellationToken))?.WebhookSecret
            ?? throw new NotFoundException("webhook", "This marketplace has no Stripe webhook signing secret.");
        if (string.IsNullOrWhiteSpace(signature)) throw new ValidationFailedException("Stripe-Signature", "Stripe signs every event; this request carries no signature.");
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, signature, secret, ToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException invalid)
        {
            Rejected(logger, invalid.Message);
            throw new ValidationFailedException("Stripe-Signature", "The signature does not match this marketplace's signing secret, or the event is too old.");
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (await db.WebhookEvents.AnyAsync(e => e.Id == stripeEvent.Id, cancellationToken)) return "duplicate";
        db.WebhookEvents.Add(new WebhookEvent { Id = stripeEvent.Id, Type = stripeEvent.Type, ReceivedUtc = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        var outcome = stripeEvent.Data.Object is PaymentIntent intent ? await IntentAsync(stripeEvent.Type, intent, cancellationToken) : "ignored";
        await transaction.CommitAsync(cancellationToken);
        Handled(logger, stripeEvent.Type, stripeEvent.Id, outcome);
        return outcome;
    }

    private async Task<string> IntentAsync(string type, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.ProviderReference == intent.Id, cancellationToken);
        if (payment is null) return "unknown payment";
        switch (type)
        {
            case EventTypes.PaymentIntentSucceeded when CardProvider.Receipt(intent) is { } receipt:
                return await book.ReceiveAsync(payment.Id, receipt.Amount, receipt.Reference, receipt.ChargeId, cancellationToken) ? "booked" : "already booked";
            case EventTypes.PaymentIntentPaymentFailed when payment.State == PaymentState.Pending:
                payment.LastError = intent.LastPaymentError?.Message ?? "The card payment failed.";
                await db.SaveChangesAsync(cancellationToken);
                return "failure noted";
            default:
                return "ignored";
        }
    }

    [LoggerMessage(LogLevel.Warning, "Stripe webhook refused: {Reason}")]
    private static partial void Rejected(ILogger logger, string reason);

    [LoggerMessage(LogLevel.Information, "Stripe event {Type} {EventId}: {Outcome}")]
    private static partial void Handled(ILogger logger, string type, string eventId, string outcome);
}
