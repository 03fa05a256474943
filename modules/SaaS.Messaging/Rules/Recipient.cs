namespace SaaS.Messaging.Rules;

/// <summary>One person a message goes to, with how to reach them and the party they hear as.</summary>
public sealed record Recipient(string Key, string? UserId, string? Email, string? Phone, string Locale, string Party);
