using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaaS.Tenants;

namespace SaaS.Messaging.Outbox;

/// <summary>
/// This node's dispatcher loop: tenants that just committed messages are served at once; every poll interval all
/// tenants active here are looked at for retries that came due and for messages a stopped node left claimed.
/// </summary>
public sealed partial class DispatchWorker(
    DispatchSignals signals, OutboxDispatcher dispatcher, IActiveTenants tenants, MessagingOptions options, TimeProvider clock, ILogger<DispatchWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSweep = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            IEnumerable<string> names = await signals.WaitAsync(options.PollInterval, stoppingToken);
            if (clock.GetElapsedTime(lastSweep) >= options.PollInterval)
            {
                names = names.Union(tenants.Names, StringComparer.Ordinal).ToList();
                lastSweep = clock.GetTimestamp();
            }
            await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken }, async (name, cancellationToken) =>
            {
                try
                {
                    await dispatcher.DispatchAsync(name, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One tenant's broken database must not hold the others' messages back.
                    DispatchFailed(logger, e, name);
                }
            });
        }
    }

    [LoggerMessage(LogLevel.Warning, "Dispatching messages failed for tenant {TenantName}; retrying on the next poll")]
    private static partial void DispatchFailed(ILogger logger, Exception exception, string tenantName);
}
