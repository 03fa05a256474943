using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaaS.Jobs;

namespace SaaS.Tenancy;

/// <summary>
/// Runs every <see cref="ITenantJob"/> in every running tenant that has the job's feature, one tenant at a time so
/// housekeeping never competes with requests for more than one connection.
/// </summary>
public sealed class TenantJobRunner(
    TenantCatalog catalog,
    ShellHost shells,
    TenantScopeFactory scopes,
    IEnumerable<ITenantJob> jobs,
    SaaSOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<TenantJobRunner> logger)
    : PeriodicBackgroundService(options.TenantJobInterval, clock, logger)
{
    protected override async Task TickAsync(CancellationToken cancellationToken)
    {
        // The tick at start runs alongside the host's own start, which loads the tenant catalog: before the host has
        // started the catalog may still be empty, and the work a crash left undone would wait an hour.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(cancellationToken);
        }
        await RunOnceAsync(cancellationToken);
    }

    protected override bool TickAtStart => true;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var settings in catalog.All.Where(t => t.State == TenantState.Running))
        {
            try
            {
                var shell = await shells.GetShellAsync(settings, cancellationToken);
                foreach (var job in jobs.Where(j => j.FeatureId is null || shell.IsFeatureEnabled(j.FeatureId)))
                {
                    await using var scope = scopes.Create(settings, shell);
                    await job.RunAsync(scope.ServiceProvider, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One tenant's broken database must not starve the others of their housekeeping.
                logger.LogWarning(e, "Jobs failed for tenant {TenantName}", settings.Name);
            }
        }
    }
}
