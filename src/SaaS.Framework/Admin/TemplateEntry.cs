namespace SaaS.Admin;

public sealed record TemplateEntry(string Name, bool Overridden);
