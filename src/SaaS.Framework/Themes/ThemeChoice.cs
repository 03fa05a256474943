namespace SaaS.Themes;

/// <summary>A theme as a marketplace admin picks it.</summary>
public sealed record ThemeChoice(string Name, string DisplayName, string Description, string? BaseTheme, string Version, bool Active);
