namespace SaaS.Messaging.Storefront;

/// <param name="Channels">Each channel's box, named <c>{event}:{channel}</c> in the form.</param>
public sealed record PreferenceRow(string Event, string Group, string Description, bool Essential, IReadOnlyList<Choice> Channels);
