namespace SaaS.Admin;

/// <summary>The template editor: the source being edited, its parse error, and the storefront page it would give.</summary>
public sealed record TemplateEditModel(string View, string Source, bool Overridden, string? Error, string? PreviewHtml, string? Message);
