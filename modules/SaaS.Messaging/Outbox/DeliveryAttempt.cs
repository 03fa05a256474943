namespace SaaS.Messaging.Outbox;

/// <summary>One try at handing a message to its channel, kept for the delivery log.</summary>
public sealed class DeliveryAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MessageId { get; init; }

    public int Number { get; init; }

    public required string Outcome { get; init; }

    public string? Error { get; init; }

    public long At { get; init; }
}
