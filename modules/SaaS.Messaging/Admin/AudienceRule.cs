namespace SaaS.Messaging.Admin;

/// <param name="TakesPermission">Only a merchant's team is narrowed by a permission its members must hold.</param>
public sealed record AudienceRule(string Audience, bool TakesPermission, string? Permission, IReadOnlyList<Choice> Channels, bool Enabled);
