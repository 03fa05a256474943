using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Themes;

namespace SaaS.IntegrationTests;

/// <summary>
/// Storefront text is translated through the theme chain (<c>Locales/zh-CN.json</c> of the theme and its base
/// themes), so a view's new text, or a new theme, can leave Chinese buyers reading English.
/// </summary>
public sealed partial class ThemeTextTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public void Every_text_a_storefront_view_translates_has_chinese_in_every_theme()
    {
        var themes = host.Services.GetRequiredService<ThemeCatalog>();
        var views = host.Services.GetRequiredService<LiquidViews>();
        var translations = host.Services.GetRequiredService<ThemeTranslations>();

        var missing = (
            from theme in themes.All
            from view in views.ViewNames(theme.Name)
            from match in TranslatedLiteral().Matches(views.ThemeSource(theme.Name, view) ?? "")
            let text = match.Groups["text"].Value
            where translations.Translate(theme.Name, "zh-CN", text) == text
            select $"{theme.Name}/{view}: '{text}'").Distinct().ToList();

        Assert.Equal(["Clinical", "Fresh", "Industrial"], themes.All.Select(t => t.Name).Order());
        Assert.Empty(missing);
    }

    [Fact]
    public void Admin_pages_are_not_storefront_views_a_marketplace_could_override()
    {
        var names = host.Services.GetRequiredService<LiquidViews>().ViewNames("Fresh");

        Assert.Contains("CategoryPage", names);
        Assert.Contains("Login", names);
        Assert.DoesNotContain("Dashboard", names);
        Assert.DoesNotContain("CatalogAdmin", names);
        Assert.StartsWith("Fresh@", host.Services.GetRequiredService<LiquidViews>().FindInTheme("Fresh", "Layout")!.Origin);
    }

    // '…' | t or "…" | t: the texts a view hands to the translate filter as they are written.
    [GeneratedRegex("""(?<q>['"])(?<text>(?:(?!\k<q>).)+)\k<q>\s*\|\s*t\b""")]
    private static partial Regex TranslatedLiteral();
}
