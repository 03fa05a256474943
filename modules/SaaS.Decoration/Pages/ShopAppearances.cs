using Microsoft.EntityFrameworkCore;
using SaaS.Decoration.Data;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Decoration.Pages;

/// <summary>
/// A shop's logo, banner, brand colour and menu. The colour is one of the theme's shop palette (or
/// <see cref="DefaultPalette"/>): colours that keep white text on them readable (contrast 4.5:1 or more), so no shop
/// can make the theme illegible. The theme is the stored one, so a recipe's shops take the palette of the theme the
/// same recipe chose.
/// </summary>
public sealed class ShopAppearances(DecorationDbContext db, IThemePalettes palettes, ISiteTheme theme)
{
    public static readonly IReadOnlyList<string> DefaultPalette = ["#b45309", "#b91c1c", "#be185d", "#7e22ce", "#4338ca", "#1d4ed8", "#0f766e", "#15803d", "#334155"];

    public async Task<IReadOnlyList<string>> PaletteAsync(CancellationToken cancellationToken) =>
        palettes.ShopPalette(await theme.CurrentAsync(cancellationToken)) is { Count: > 0 } palette ? palette : DefaultPalette;

    public async Task<AppearanceView> GetAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var appearance = await db.Appearances.AsNoTracking().SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken) ?? new ShopAppearance { MerchantId = merchantId };
        return View(appearance, await PaletteAsync(cancellationToken));
    }

    public async Task<AppearanceView> SaveAsync(Guid merchantId, AppearanceRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        string? Link(string field, string? value, string label)
        {
            var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (text is not null && (text.Length > 500 || !BlockValidator.IsSafeLink(text))) errors[field] = [$"{label} must be an https:// address or a path on this marketplace starting with /."];
            return text;
        }
        var logo = Link("logoUrl", request.LogoUrl, "The logo");
        var banner = Link("bannerUrl", request.BannerUrl, "The banner");
        var color = string.IsNullOrWhiteSpace(request.BrandColor) ? null : request.BrandColor.Trim().ToLowerInvariant();
        var palette = await PaletteAsync(cancellationToken);
        if (color is not null && !palette.Contains(color)) errors["brandColor"] = [$"Choose the brand colour from the theme's palette: {string.Join(", ", palette)}."];
        var navigation = (request.Navigation ?? ["home", "about"]).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        if (navigation.Count > 8 || navigation.Any(n => n.Length > 60)) errors["navigation"] = ["The shop menu lists at most 8 pages."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var appearance = await db.Appearances.SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken);
        if (appearance is null) db.Appearances.Add(appearance = new ShopAppearance { MerchantId = merchantId });
        appearance.LogoUrl = logo;
        appearance.BannerUrl = banner;
        appearance.BrandColor = color;
        appearance.Navigation = string.Join(',', navigation);
        await db.SaveChangesAsync(cancellationToken);
        return View(appearance, palette);
    }

    private static AppearanceView View(ShopAppearance a, IReadOnlyList<string> palette) =>
        new(a.LogoUrl, a.BannerUrl, a.BrandColor, a.Navigation.Split(',', StringSplitOptions.RemoveEmptyEntries), palette);
}
