using SaaS.Payments.Payments;

namespace SaaS.Payments.Admin;

/// <summary>
/// The payment settings form: secrets are never shown, only whether they are set; what was typed comes back with the
/// messages at their fields when a save is refused (secrets excepted: they are typed again).
/// </summary>
public sealed record PaymentSettingsModel(
    PaymentSettingsView Saved, string WebhookUrl, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<string> Weekdays, string? Message);
