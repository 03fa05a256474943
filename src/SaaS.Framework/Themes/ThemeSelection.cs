using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Themes;

/// <summary>Lists the themes a marketplace can use and switches its storefront to another one.</summary>
public sealed partial class ThemeSelection(ThemeCatalog themes, SiteDbContext site, ITenant tenant, TenantCatalog tenants)
{
    /// <param name="active">The active theme when this request just changed it; the tenant's otherwise.</param>
    public IReadOnlyList<ThemeChoice> List(string? active = null) =>
        themes.All.OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new ThemeChoice(t.Name, t.DisplayName, t.Description, t.BaseTheme, t.Version, t.Name == (active ?? tenant.Site.Theme)))
            .ToList();

    /// <summary>The active theme's settings with this marketplace's values.</summary>
    public IReadOnlyList<ThemeSettingValue> Settings()
    {
        var values = themes.SettingValues(tenant.Site.Theme, tenant.Site.ThemeSettings);
        return themes.Chain(tenant.Site.Theme).Reverse().SelectMany(t => t.Settings)
            .GroupBy(s => s.Name).Select(g => g.Last())
            .Select(s => new ThemeSettingValue(s.Name, s.Type, s.Label, values[s.Name], null))
            .ToList();
    }

    /// <summary>Saves the active theme's settings; colours must be #rrggbb, since they end up inside CSS.</summary>
    public async Task SaveSettingsAsync(IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in Settings())
        {
            var value = submitted.GetValueOrDefault(setting.Name)?.Trim() ?? setting.Value;
            var valid = setting.Type == "color" ? HexColor().IsMatch(value) : value.Length <= 200;
            if (!valid) errors[setting.Name] = [setting.Type == "color" ? $"'{value}' is not a colour like #0f766e." : "At most 200 characters."];
            values[setting.Name] = value;
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        await site.Site.Where(s => s.Id == SiteRecord.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ThemeSettings, System.Text.Json.JsonSerializer.Serialize(values)), cancellationToken);
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }

    public async Task ActivateAsync(string name, CancellationToken cancellationToken)
    {
        if (themes.Find(name) is null)
        {
            throw new NotFoundException("name", $"There is no theme '{name}'. Available: {string.Join(", ", themes.All.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
        }
        await site.Site.Where(s => s.Id == SiteRecord.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Theme, name), cancellationToken);
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial System.Text.RegularExpressions.Regex HexColor();
}
