namespace SaaS.Merchants.Terms;

/// <summary>The current agreement and, for a merchant, which version it last accepted and when.</summary>
public sealed record AgreementView(int Version, string Title, string Body, DateTimeOffset PublishedUtc, int? AcceptedVersion, DateTimeOffset? AcceptedUtc, string? AcceptedBy);
