using System.Collections.Concurrent;

namespace SaaS.Themes;

/// <summary>
/// Versioned URLs of theme assets (<c>/themes/{theme}/{version}/{path}</c>), resolved through the theme chain so a
/// derived theme can reuse its base theme's files. A new theme version is a new URL, so assets can be cached forever.
/// </summary>
public sealed class ThemeAssets(ThemeCatalog themes)
{
    public const string RoutePrefix = "/themes";

    private readonly ConcurrentDictionary<(string Theme, string Path), string?> urls = new();

    public string? Url(string theme, string path) => urls.GetOrAdd((theme, path.TrimStart('/')), key =>
    {
        var owner = themes.Chain(key.Theme).FirstOrDefault(t => File.Exists(Path.Combine(t.AssetsFolder, key.Path)));
        return owner is null ? null : $"{RoutePrefix}/{owner.Name}/{owner.Version}/{key.Path}";
    });
}
