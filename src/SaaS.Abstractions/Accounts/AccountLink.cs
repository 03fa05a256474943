namespace SaaS.Accounts;

/// <summary>
/// A link a module adds to the signed-in user's account page (the merchant center, the company pages), shown
/// while its feature is on and, when <paramref name="Roles"/> is not empty, to holders of one of those roles.
/// </summary>
public sealed record AccountLink(string Title, string Path, string? FeatureId = null, params string[] Roles);
