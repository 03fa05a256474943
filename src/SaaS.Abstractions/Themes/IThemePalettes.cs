namespace SaaS.Themes;

/// <summary>What a theme lets merchants choose for their shops, so no shop can make the theme illegible.</summary>
public interface IThemePalettes
{
    /// <summary>The brand colours (<c>#rrggbb</c>) allowed on <paramref name="theme"/>; empty when it sets none.</summary>
    IReadOnlyList<string> ShopPalette(string theme);
}
