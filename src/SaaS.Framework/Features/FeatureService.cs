using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Site;
using SaaS.Tenancy;

namespace SaaS.Features;

/// <summary>Turns features on and off for the scope's tenant, keeping dependencies whole.</summary>
public sealed class FeatureService(FeatureCatalog catalog, SiteDbContext site, TenantScope scope, TenantCatalog tenants)
{
    public async Task<IReadOnlyList<FeatureState>> ListAsync(CancellationToken cancellationToken)
    {
        var enabled = await EnabledAsync(cancellationToken);
        return catalog.All
            .OrderBy(f => f.Category, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => new FeatureState(f.Id, f.Name, f.Description, f.Category, f.Dependencies, enabled.Contains(f.Id)))
            .ToList();
    }

    /// <summary>Enables the features and everything they depend on; returns those newly enabled.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var requested = ids.ToList();
        foreach (var id in requested) Require(id);
        var enabled = await EnabledAsync(cancellationToken);
        var added = catalog.WithDependencies(requested).Where(id => !enabled.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (added.Count == 0) return added;
        site.EnabledFeatures.AddRange(added.Select(id => new EnabledFeature { Id = id }));
        await site.SaveChangesAsync(cancellationToken);
        await tenants.BumpVersionAsync(scope.Settings.Name, cancellationToken);
        return added;
    }

    /// <summary>Disables a feature, refusing while enabled features depend on it.</summary>
    public async Task DisableAsync(string id, CancellationToken cancellationToken)
    {
        Require(id);
        var enabled = await EnabledAsync(cancellationToken);
        if (!enabled.Contains(id)) return;
        var dependents = catalog.EnabledDependents(id, enabled);
        if (dependents.Count > 0)
        {
            throw new ConflictException("id", $"Feature '{id}' is needed by enabled features: {string.Join(", ", dependents)}. Disable them first.");
        }
        await site.EnabledFeatures.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        await tenants.BumpVersionAsync(scope.Settings.Name, cancellationToken);
    }

    private async Task<HashSet<string>> EnabledAsync(CancellationToken cancellationToken) =>
        (await site.EnabledFeatures.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private void Require(string id)
    {
        if (catalog.Find(id) is null) throw new NotFoundException("id", $"There is no feature '{id}'.");
    }
}
