using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SaaS.Tenancy;

/// <summary>Releases the cached state of tenants that have not been requested for a while.</summary>
public sealed class TenantReaper(ShellHost shells, SaaSOptions options, TimeProvider clock, ILogger<TenantReaper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TenantReaperInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var released = shells.ReleaseIdle(options.TenantIdleTimeout);
            if (released > 0) logger.LogDebug("Released {Count} idle tenants", released);
        }
    }
}
