namespace SaaS.Payments.Stripe;

/// <summary>A Stripe event already handled: written with its effects, so a redelivered event books nothing twice.</summary>
public sealed class WebhookEvent
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset ReceivedUtc { get; init; }
}
