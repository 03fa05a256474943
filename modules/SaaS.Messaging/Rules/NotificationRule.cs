namespace SaaS.Messaging.Rules;

/// <summary>
/// Who hears of an event and how: an audience (with, for a merchant's team, the permission a member must hold) and
/// the channels it is told on. An event without stored rules uses the catalog's defaults.
/// </summary>
public sealed class NotificationRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Event { get; init; }

    public required string Audience { get; init; }

    public string? Permission { get; set; }

    /// <summary>Comma-separated channel names.</summary>
    public required string Channels { get; set; }

    public bool Enabled { get; set; } = true;
}
