using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace SaaS.Themes;

/// <summary>
/// The views and texts of one built-in area (the tenant admin, the operator console), embedded in the assemblies
/// that offer its pages as <c>{Area}/Views/*.liquid</c> and <c>{Area}/Locales/*.json</c>. Tenants cannot override
/// them: the admin and the console must work whatever a storefront does.
/// </summary>
public sealed class EmbeddedViews
{
    private readonly Dictionary<string, ParsedTemplate> views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> locales = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> localeSources = new(StringComparer.Ordinal);

    public EmbeddedViews(string area, IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (Segment(resource, $".{area}.Views.", ".liquid") is { } view) views[view] = LiquidViews.Parse($"{area}/{view}", Read(assembly, resource));
                if (Segment(resource, $".{area}.Locales.", ".json") is { } locale)
                {
                    if (!localeSources.TryGetValue(locale, out var sources)) localeSources[locale] = sources = [];
                    sources.Add(Read(assembly, resource));
                }
            }
        }
    }

    public ParsedTemplate? Find(string view) => views.GetValueOrDefault(view);

    public string Translate(string locale, string text) =>
        locales.GetOrAdd(locale, Load).GetValueOrDefault(text, text);

    private IReadOnlyDictionary<string, string> Load(string locale)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var json in localeSources.GetValueOrDefault(locale) ?? [])
        {
            foreach (var (text, translation) in JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []) merged[text] = translation;
        }
        return merged;
    }

    private static string? Segment(string resource, string marker, string extension)
    {
        var start = resource.LastIndexOf(marker, StringComparison.Ordinal);
        return start >= 0 && resource.EndsWith(extension, StringComparison.Ordinal)
            ? resource[(start + marker.Length)..^extension.Length]
            : null;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
