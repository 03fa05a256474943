namespace SaaS.Messaging.Catalog;

/// <summary>
/// A business event messages can be sent on: who can hear of it by default and on which channels, whether it is
/// essential (users cannot opt out of it), and a sample payload for template previews.
/// </summary>
/// <param name="Parties">The audiences this event can reach (an order event knows its buyer; a licence event does not).</param>
public sealed record MessageEvent(
    string Name, string Group, string Description, bool Essential, IReadOnlyList<string> Parties, IReadOnlyList<DefaultRule> Defaults,
    IReadOnlyDictionary<string, object?> Sample)
{
    /// <summary>The channels it has templates for: an account e-mail (a reset code) is e-mail only.</summary>
    public IReadOnlyList<string> Channels { get; init; } = ChannelNames.Templated;

    /// <summary>Whether rules decide who hears of it (and users may choose); an account e-mail goes to its one person, always.</summary>
    public bool ByRule => Parties.Count > 0;
}

public sealed record DefaultRule(string Audience, string? Permission, params string[] Channels);
