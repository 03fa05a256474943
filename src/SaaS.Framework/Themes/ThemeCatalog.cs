using System.Text.Json;

namespace SaaS.Themes;

/// <summary>The themes shipped in the themes folder, read once at start.</summary>
public sealed class ThemeCatalog : IThemePalettes
{
    private readonly Dictionary<string, ThemeDescriptor> themes = new(StringComparer.Ordinal);

    public ThemeCatalog(string folder)
    {
        if (Directory.Exists(folder))
        {
            foreach (var manifest in Directory.EnumerateFiles(folder, "theme.json", SearchOption.AllDirectories))
            {
                var theme = Read(manifest);
                themes[theme.Name] = theme;
            }
        }
        foreach (var theme in themes.Values) Chain(theme.Name);
    }

    public IReadOnlyCollection<ThemeDescriptor> All => themes.Values;

    public ThemeDescriptor? Find(string name) => themes.GetValueOrDefault(name);

    /// <summary>The settings a theme offers, its own over its base themes', with the values a tenant chose or the defaults.</summary>
    public IReadOnlyDictionary<string, string> SettingValues(string theme, IReadOnlyDictionary<string, string> chosen)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in Chain(theme).Reverse().SelectMany(t => t.Settings)) values[setting.Name] = setting.Default;
        foreach (var (name, value) in chosen) if (values.ContainsKey(name)) values[name] = value;
        return values;
    }

    /// <summary>The shop brand colours a theme allows: its own, or its nearest base theme's.</summary>
    public IReadOnlyList<string> ShopPalette(string theme) => Chain(theme).Select(t => t.ShopPalette).FirstOrDefault(p => p.Count > 0) ?? [];

    /// <summary>The theme, then its base theme, and so on: the order views and assets are looked up in.</summary>
    public IReadOnlyList<ThemeDescriptor> Chain(string name)
    {
        var chain = new List<ThemeDescriptor>();
        for (var current = Find(name); current is not null; current = current.BaseTheme is { } baseName ? Find(baseName) : null)
        {
            if (chain.Contains(current)) throw new InvalidOperationException($"Theme '{name}' has a cycle of base themes.");
            chain.Add(current);
            if (current.BaseTheme is { } missing && Find(missing) is null)
            {
                throw new InvalidOperationException($"Theme '{current.Name}' names unknown base theme '{missing}'.");
            }
        }
        return chain;
    }

    private static ThemeDescriptor Read(string manifest)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var root = document.RootElement;
        string? Text(string property) => root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var folder = Path.GetDirectoryName(manifest)!;
        var name = Text("name") ?? Path.GetFileName(folder);
        var settings = new List<ThemeSetting>();
        if (root.TryGetProperty("settings", out var declared) && declared.ValueKind == JsonValueKind.Object)
        {
            foreach (var setting in declared.EnumerateObject())
            {
                string? Field(string property) => setting.Value.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                settings.Add(new ThemeSetting(setting.Name, Field("type") ?? "text", Field("label") ?? setting.Name, Field("default") ?? ""));
            }
        }
        var palette = root.TryGetProperty("shopPalette", out var colours) && colours.ValueKind == JsonValueKind.Array
            ? colours.EnumerateArray().Select(c => c.GetString()!.ToLowerInvariant()).ToList()
            : [];
        return new ThemeDescriptor(name, Text("displayName") ?? name, Text("description") ?? "", Text("baseTheme"), Text("version") ?? "1.0.0", folder, settings)
        {
            ShopPalette = palette,
        };
    }
}
