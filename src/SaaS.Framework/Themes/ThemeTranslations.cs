using System.Collections.Concurrent;
using System.Text.Json;

namespace SaaS.Themes;

/// <summary>
/// Storefront text per locale from the theme chain's <c>Locales/{locale}.json</c>; a derived theme's entries win
/// over its base's, and an untranslated key shows as itself.
/// </summary>
public sealed class ThemeTranslations(ThemeCatalog themes)
{
    private readonly ConcurrentDictionary<(string Theme, string Locale), IReadOnlyDictionary<string, string>> dictionaries = new();

    public string Translate(string theme, string locale, string key) =>
        dictionaries.GetOrAdd((theme, locale), Load).GetValueOrDefault(key, key);

    private IReadOnlyDictionary<string, string> Load((string Theme, string Locale) key)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in themes.Chain(key.Theme).Reverse())
        {
            var file = Path.Combine(theme.Folder, "Locales", key.Locale + ".json");
            if (!File.Exists(file)) continue;
            foreach (var (text, translation) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [])
            {
                merged[text] = translation;
            }
        }
        return merged;
    }
}
