namespace SaaS.Themes;

/// <summary>What templates see as <c>site</c>; <c>site.features contains 'Merchants'</c> lets a theme link only to what is on.</summary>
public sealed record SiteView(string Name, string Locale, string Currency, string Theme, string? LogoUrl, IReadOnlyList<string> Features);
