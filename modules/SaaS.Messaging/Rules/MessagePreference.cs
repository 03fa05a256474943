namespace SaaS.Messaging.Rules;

/// <summary>A user's choice not to hear of a non-essential event on one channel.</summary>
public sealed class MessagePreference
{
    public required string UserId { get; init; }

    public required string Event { get; init; }

    public required string Channel { get; init; }
}
