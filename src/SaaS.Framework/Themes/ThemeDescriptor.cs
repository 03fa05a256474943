namespace SaaS.Themes;

/// <summary>A storefront theme: <c>themes/&lt;Name&gt;/theme.json</c> with its <c>Views/</c>, <c>Locales/</c> and <c>wwwroot/</c>.</summary>
public sealed record ThemeDescriptor(
    string Name,
    string DisplayName,
    string Description,
    string? BaseTheme,
    string Version,
    string Folder,
    IReadOnlyList<ThemeSetting> Settings)
{
    /// <summary>The brand colours merchants may give their shops on this theme (<c>shopPalette</c>); empty to inherit.</summary>
    public IReadOnlyList<string> ShopPalette { get; init; } = [];

    public string ViewPath(string view) => Path.Combine(Folder, "Views", view + ".liquid");

    public string AssetsFolder => Path.Combine(Folder, "wwwroot");
}
