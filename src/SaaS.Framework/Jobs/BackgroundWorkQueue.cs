using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaaS.Tenancy;

namespace SaaS.Jobs;

/// <summary>
/// The host's queue of <see cref="IBackgroundWork"/>: an unbounded channel drained by <see cref="Workers"/> loops,
/// each running one item at a time in a tenant scope built like <see cref="TenantJobRunner"/> builds one. A
/// tenant disabled or deleted since the work was queued is skipped; a failing item is logged and the loop goes on.
/// </summary>
public sealed class BackgroundWorkQueue(
    TenantCatalog catalog,
    ShellHost shells,
    TenantScopeFactory scopes,
    ILogger<BackgroundWorkQueue> logger) : BackgroundService
{
    /// <summary>Two at a time: enough for one long import not to hold up everyone else's, few enough to leave the requests their cores.</summary>
    public const int Workers = 2;

    private readonly Channel<BackgroundWorkItem> queue = Channel.CreateUnbounded<BackgroundWorkItem>(new UnboundedChannelOptions { SingleWriter = false });

    public void Enqueue(BackgroundWorkItem item)
    {
        if (!queue.Writer.TryWrite(item)) throw new InvalidOperationException("The background work queue is closed: the host is stopping.");
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => DrainAsync(stoppingToken), stoppingToken)));

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken)) await RunAsync(item, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(BackgroundWorkItem item, CancellationToken stoppingToken)
    {
        var settings = catalog.Find(item.TenantName);
        if (settings is not { State: TenantState.Running })
        {
            logger.LogWarning("Skipped {Work}: tenant {TenantName} is no longer running", item.Name, item.TenantName);
            return;
        }
        try
        {
            var shell = await shells.GetShellAsync(settings, stoppingToken);
            await using var scope = scopes.Create(settings, shell);
            logger.LogInformation("Running {Work} for tenant {TenantName}", item.Name, item.TenantName);
            await item.Work(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception e)
        {
            // Never let one item's failure end the loop (or, through BackgroundService, the host).
            if (stoppingToken.IsCancellationRequested) logger.LogWarning(e, "{Work} stopped with the host for tenant {TenantName}", item.Name, item.TenantName);
            else logger.LogError(e, "{Work} failed for tenant {TenantName}", item.Name, item.TenantName);
        }
    }
}
