namespace SaaS.Decoration.Pages;

/// <summary>How a merchant's shop looks around its pages: logo, banner, brand colour and which pages the shop menu lists.</summary>
public sealed class ShopAppearance
{
    public Guid MerchantId { get; init; }

    public string? LogoUrl { get; set; }

    public string? BannerUrl { get; set; }

    /// <summary>One of the theme's palette, as <c>#rrggbb</c>.</summary>
    public string? BrandColor { get; set; }

    /// <summary>Slugs of the pages in the shop menu, in order, comma-separated.</summary>
    public string Navigation { get; set; } = "home,about";
}
