using SaaS.Messaging.Channels;
using SaaS.Messaging.Settings;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The channel settings form (secrets never shown, only whether they are set; what was typed comes back with the
/// messages at their fields when a save is refused) and the webhook endpoints.
/// </summary>
public sealed record MessagingSettingsModel(
    MessagingSettingsView Saved, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> TlsModes,
    IReadOnlyList<WebhookView> Webhooks, WebhookForm Webhook, string? Message);
