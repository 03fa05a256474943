namespace SaaS.Messaging.Storefront;

/// <summary>
/// The user's notification settings as a form: what the fields show (what was typed when a save was refused), the
/// messages at the fields, and each event's channels as boxes (an essential event's always ticked and fixed).
/// </summary>
public sealed record NotificationsPageModel(
    IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Locales, IReadOnlyList<PreferenceRow> Events, AccountPageForm Form);
