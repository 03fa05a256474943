using Microsoft.Extensions.Logging;

namespace SaaS.Tenancy;

/// <summary>Releases the cached state of tenants that have not been requested for a while.</summary>
public sealed class TenantReaper(ShellHost shells, SaaSOptions options, TimeProvider clock, ILogger<TenantReaper> logger)
    : PeriodicBackgroundService(options.TenantReaperInterval, clock, logger)
{
    protected override Task TickAsync(CancellationToken cancellationToken)
    {
        var released = shells.ReleaseIdle(options.TenantIdleTimeout);
        if (released > 0) logger.LogDebug("Released {Count} idle tenants", released);
        return Task.CompletedTask;
    }
}
