using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SaaS.Tenancy;

/// <summary>Picks up tenants launched, changed or deleted by another process sharing the host database.</summary>
public sealed class TenantListRefresher(TenantCatalog catalog, SaaSOptions options, TimeProvider clock, ILogger<TenantListRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TenantListRefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await catalog.RefreshAsync(stoppingToken)) logger.LogInformation("Tenant list changed elsewhere; reloaded");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Checking the host database for tenant changes failed; retrying next tick");
            }
        }
    }
}
