using Microsoft.Extensions.Logging;

namespace SaaS.Tenancy;

/// <summary>Picks up tenants launched, changed or deleted by another process sharing the host database.</summary>
public sealed class TenantListRefresher(TenantCatalog catalog, SaaSOptions options, TimeProvider clock, ILogger<TenantListRefresher> logger)
    : PeriodicBackgroundService(options.TenantListRefreshInterval, clock, logger)
{
    protected override async Task TickAsync(CancellationToken cancellationToken)
    {
        if (await catalog.RefreshAsync(cancellationToken)) logger.LogInformation("Tenant list changed elsewhere; reloaded");
    }
}
