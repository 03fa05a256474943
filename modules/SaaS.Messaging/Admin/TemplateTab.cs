namespace SaaS.Messaging.Admin;

/// <summary>One channel and locale of an event's templates, as a link between them.</summary>
public sealed record TemplateTab(string Channel, string Locale, string Url, bool Current);
