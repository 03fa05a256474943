namespace SaaS.Themes;

/// <summary>A setting a theme lets each marketplace choose (<c>theme.json</c> → <c>settings</c>); types: color, text.</summary>
public sealed record ThemeSetting(string Name, string Type, string Label, string Default);
