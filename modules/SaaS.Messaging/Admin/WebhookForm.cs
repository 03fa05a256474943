namespace SaaS.Messaging.Admin;

/// <summary>
/// The form making a webhook endpoint: what was typed when it was refused, and after it was made the signing secret,
/// shown this once.
/// </summary>
public sealed record WebhookForm(IReadOnlyDictionary<string, string> Values, IReadOnlyList<Choice> Events, IReadOnlyDictionary<string, string> Errors, string? CreatedUrl, string? CreatedSecret);
