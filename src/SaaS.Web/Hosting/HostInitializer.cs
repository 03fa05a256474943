using SaaS.Tenancy;

namespace SaaS.Web.Hosting;

/// <summary>Brings the host database up to date and loads every tenant's settings into memory.</summary>
public sealed class HostInitializer(TenantStore store, TenantCatalog catalog)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await catalog.LoadAsync(cancellationToken);
    }
}
