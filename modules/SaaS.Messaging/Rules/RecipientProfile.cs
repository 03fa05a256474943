namespace SaaS.Messaging.Rules;

/// <summary>The language a user reads messages in, and the mobile number SMS go to.</summary>
public sealed class RecipientProfile
{
    public required string UserId { get; init; }

    public string? Locale { get; set; }

    public string? Phone { get; set; }
}
