using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Themes;

/// <summary>Saves and reverts a tenant's own versions of storefront views; a template that does not parse is refused.</summary>
public sealed class TemplateOverrideService(SiteDbContext site, LiquidViews views, ITenant tenant, TenantCatalog tenants, TimeProvider clock)
{
    public async Task SaveAsync(string view, string? source, CancellationToken cancellationToken)
    {
        RequireKnown(view);
        var parsed = LiquidViews.Parse(view, source ?? "");
        if (parsed.Error is { } error) throw new UnprocessableException("The template does not parse.", new Dictionary<string, string[]> { ["source"] = [error] });
        var existing = await site.TemplateOverrides.SingleOrDefaultAsync(t => t.View == view, cancellationToken);
        if (existing is null) site.TemplateOverrides.Add(new TemplateOverride { View = view, Source = source!, UpdatedUtc = clock.GetUtcNow() });
        else
        {
            existing.Source = source!;
            existing.UpdatedUtc = clock.GetUtcNow();
        }
        await site.SaveChangesAsync(cancellationToken);
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }

    public async Task RevertAsync(string view, CancellationToken cancellationToken)
    {
        RequireKnown(view);
        await site.TemplateOverrides.Where(t => t.View == view).ExecuteDeleteAsync(cancellationToken);
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }

    private void RequireKnown(string view)
    {
        if (!views.ViewNames(tenant.Site.Theme).Contains(view)) throw new NotFoundException("view", $"There is no storefront view '{view}'.");
    }
}
