using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaaS.Search.Data;
using SaaS.Search.Index;
using SaaS.Tenants;

namespace SaaS.Search.Indexing;

/// <summary>
/// This node's search indexes follow the indexing-task table. Every short tick it looks at the tenants it just
/// wrote tasks for (or left with a hole in the ids); every sweep at every tenant active in this process, with one
/// indexed query each when nothing changed. Tenants no longer active here have their index closed; idle tenants
/// are never woken.
/// </summary>
public sealed partial class CatchUpWorker(
    IActiveTenants tenants,
    TenantIndexes indexes,
    SearchSignals signals,
    SearchOptions options,
    TimeProvider clock,
    ILogger<CatchUpWorker> logger) : BackgroundService
{
    private readonly HashSet<string> behind = new(StringComparer.Ordinal);
    private long lastSweep;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Search catch-up failed; retrying on the next tick");
            }
        }
    }

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var active = tenants.Names;
        var sweep = clock.GetElapsedTime(lastSweep) >= options.SweepInterval;
        if (sweep) lastSweep = clock.GetTimestamp();
        foreach (var name in active)
        {
            if (!sweep && !signals.IsMarked(name) && !behind.Contains(name)) continue;
            try
            {
                await CatchUpAsync(name, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One tenant's broken database or index must not keep the others behind.
                CatchUpFailed(logger, e, name);
            }
        }
        foreach (var name in indexes.OpenNames.Except(active)) indexes.Close(name);
    }

    private async Task CatchUpAsync(string name, CancellationToken cancellationToken)
    {
        if (tenants.CreateScope(name) is not { } scope) return;
        await using (scope)
        {
            var tenant = scope.ServiceProvider.GetRequiredService<ITenant>();
            if (!tenant.IsFeatureEnabled(Manifest.SearchFeature))
            {
                indexes.Close(name);
                return;
            }
            // Deleted by hand or with the tenant: throw this instance away; the next one rebuilds from the catalog.
            if (indexes.Find(name) is { Vanished: true }) indexes.Close(name);
            if (indexes.Find(name) is { CaughtUp: true } index && !behind.Contains(name))
            {
                var cursor = index.Cursor;
                var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
                if (!await db.Tasks.AnyAsync(t => t.Id > cursor, cancellationToken)) return;
            }
            if (await scope.ServiceProvider.GetRequiredService<IndexUpdater>().CatchUpAsync(cancellationToken)) behind.Add(name);
            else behind.Remove(name);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Search catch-up failed for tenant {TenantName}")]
    private static partial void CatchUpFailed(ILogger logger, Exception exception, string tenantName);
}
