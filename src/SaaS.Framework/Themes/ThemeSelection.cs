using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Themes;

/// <summary>Lists the themes a marketplace can use and switches its storefront to another one.</summary>
public sealed class ThemeSelection(ThemeCatalog themes, SiteDbContext site, ITenant tenant, TenantCatalog tenants)
{
    /// <param name="active">The active theme when this request just changed it; the tenant's otherwise.</param>
    public IReadOnlyList<ThemeChoice> List(string? active = null) =>
        themes.All.OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new ThemeChoice(t.Name, t.DisplayName, t.Description, t.BaseTheme, t.Version, t.Name == (active ?? tenant.Site.Theme)))
            .ToList();

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
}
