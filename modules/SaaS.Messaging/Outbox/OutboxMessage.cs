namespace SaaS.Messaging.Outbox;

/// <summary>
/// One message to one recipient on one channel, written in the transaction of the change it reports. Times the
/// dispatcher compares in SQL are Unix milliseconds, which both SQLite and PostgreSQL order natively.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The catalog event, e.g. <c>order.shipped</c>.</summary>
    public required string Event { get; init; }

    /// <summary>(event, occurrence, recipient, channel): unique, so the same cause never queues the same message twice.</summary>
    public required string IdempotencyKey { get; init; }

    public required string Channel { get; init; }

    /// <summary>Whom the message is for: a user id, or <c>email:…</c> for a person without an account, or <c>webhook:{id}</c>.</summary>
    public required string Recipient { get; init; }

    /// <summary>The party the recipient hears as (<c>buyer</c>, <c>company:{id}</c>, <c>merchant:{id}</c>, <c>operator</c>, …), for the log.</summary>
    public required string Party { get; init; }

    /// <summary>The e-mail address, phone number, user id (inbox) or webhook endpoint id the channel delivers to.</summary>
    public required string Address { get; init; }

    public required string Locale { get; init; }

    public required string PayloadJson { get; init; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public long NextAttemptAt { get; set; }

    public Guid? LeaseOwner { get; set; }

    public long? LeaseUntil { get; set; }

    public string? Subject { get; set; }

    public string? LastError { get; set; }

    public string? ProviderId { get; set; }

    public long CreatedAt { get; init; }

    public long? SentAt { get; set; }
}

public enum OutboxState
{
    Queued,
    Sending,
    Retrying,
    Sent,
    Dead,
}
