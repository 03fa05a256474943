namespace SaaS.Decoration.Pages;

/// <param name="Navigation">Page slugs for the shop menu, in order.</param>
public sealed record AppearanceRequest(string? LogoUrl, string? BannerUrl, string? BrandColor, IReadOnlyList<string>? Navigation);

public sealed record AppearanceView(string? LogoUrl, string? BannerUrl, string? BrandColor, IReadOnlyList<string> Navigation, IReadOnlyList<string> Palette);
