namespace SaaS.Messaging.InSite;

/// <summary>A message in a user's in-site inbox; one per outbox message, so a retried delivery never shows twice.</summary>
public sealed class InboxItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string UserId { get; init; }

    public Guid MessageId { get; init; }

    public required string Event { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? ReadUtc { get; set; }
}
