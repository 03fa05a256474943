namespace SaaS.Messaging.Templates;

/// <summary>
/// The operator's (or a recipe's) version of one event's message on one channel in one locale; without one the
/// module's default is used.
/// </summary>
public sealed class MessageTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Event { get; init; }

    public required string Channel { get; init; }

    public required string Locale { get; init; }

    /// <summary>E-mail subject, or the inbox title; unused for SMS.</summary>
    public string? Subject { get; set; }

    /// <summary>E-mail HTML, the SMS text, or the inbox text.</summary>
    public required string Body { get; set; }

    /// <summary>The plain-text part of an e-mail.</summary>
    public string? Text { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public required string UpdatedBy { get; set; }
}
