namespace SaaS.Themes;

/// <summary>What templates see as <c>site</c>.</summary>
public sealed record SiteView(string Name, string Locale, string Currency, string Theme, string? LogoUrl);
