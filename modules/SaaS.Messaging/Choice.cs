namespace SaaS.Messaging;

/// <summary>A checkbox of a list (a channel of a rule, an event of a webhook) and whether it is ticked.</summary>
public sealed record Choice(string Value, bool On);
