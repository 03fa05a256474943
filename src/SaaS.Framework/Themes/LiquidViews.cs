using System.Collections.Concurrent;
using Fluid;
using SaaS.Tenancy;

namespace SaaS.Themes;

/// <summary>
/// Finds and parses storefront views: tenant override → theme → base theme → module default. Theme and module
/// views are parsed once per (theme, view, version) and shared by every tenant on that theme; a tenant's
/// overrides are parsed once per shell.
/// </summary>
public sealed class LiquidViews
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly ThemeCatalog themes;
    private readonly Dictionary<string, (string Origin, string Source)> moduleViews = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParsedTemplate?> shared = new(StringComparer.Ordinal);

    public LiquidViews(ThemeCatalog themes, IEnumerable<ModuleViews> modules)
    {
        this.themes = themes;
        foreach (var assembly in modules.Select(m => m.Assembly).Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".liquid", StringComparison.Ordinal)))
            {
                var marker = resource.LastIndexOf(".Views.", StringComparison.Ordinal);
                // Admin pages sit in the same assemblies but are rendered from their own area, never themed or
                // overridden; taken in here, the admin's Layout would stand in for a storefront layout.
                if (marker < 0 || resource.AsSpan(0, marker).EndsWith("." + Admin.AdminRenderer.Area, StringComparison.Ordinal)) continue;
                var view = resource[(marker + ".Views.".Length)..^".liquid".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                moduleViews[view] = ($"{assembly.GetName().Name}/Views/{view}.liquid", reader.ReadToEnd());
            }
        }
    }

    /// <summary>Parses Liquid source, reporting the first error with its position.</summary>
    public static ParsedTemplate Parse(string origin, string source) =>
        Parser.TryParse(source, out var template, out var error)
            ? new ParsedTemplate(origin, template, null)
            : new ParsedTemplate(origin, null, error);

    /// <summary>Every storefront view a tenant on <paramref name="theme"/> can see and override, except the layout's internals.</summary>
    public IReadOnlyList<string> ViewNames(string theme) =>
        themes.Chain(theme)
            .Select(t => Path.Combine(t.Folder, "Views"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.liquid").Select(f => Path.GetFileNameWithoutExtension(f)))
            .Concat(moduleViews.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The Liquid source a theme (or a module's default) gives a view: what an override starts from.</summary>
    public string? ThemeSource(string theme, string view)
    {
        var file = themes.Chain(theme).Select(t => t.ViewPath(view)).FirstOrDefault(File.Exists);
        return file is not null ? File.ReadAllText(file) : moduleViews.GetValueOrDefault(view).Source;
    }

    /// <summary>The view as the tenant sees it, or null when no one provides it.</summary>
    public ParsedTemplate? Find(TenantShell shell, string view)
    {
        if (shell.TemplateOverrides.TryGetValue(view, out var source))
        {
            return shell.ParsedOverrides.GetOrAdd(view, v => Parse($"{shell.Name}: {v} (override)", source));
        }
        return FindInTheme(shell.Site.Theme, view);
    }

    /// <summary>The view as a theme provides it (its own, its base themes', or a module's default), ignoring overrides.</summary>
    public ParsedTemplate? FindInTheme(string theme, string view) => shared.GetOrAdd(theme + "/" + view, _ =>
    {
        foreach (var candidate in themes.Chain(theme))
        {
            var path = candidate.ViewPath(view);
            if (File.Exists(path)) return Parse($"{candidate.Name}@{candidate.Version}/Views/{view}.liquid", File.ReadAllText(path));
        }
        return moduleViews.TryGetValue(view, out var module) ? Parse(module.Origin, module.Source) : null;
    });
}
