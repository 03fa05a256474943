namespace SaaS.Messaging.Channels;

/// <summary>An SMS kept in the marketplace's local outbox because no SMS provider is configured; the operator reads them in the admin.</summary>
public sealed class LocalSms
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MessageId { get; init; }

    public required string To { get; init; }

    public required string Body { get; init; }

    public int Segments { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }
}
