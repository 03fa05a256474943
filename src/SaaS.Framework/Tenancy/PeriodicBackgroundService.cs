using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SaaS.Tenancy;

/// <summary>Runs a piece of housekeeping on a fixed interval; a failed tick is logged and the next one runs.</summary>
public abstract class PeriodicBackgroundService(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract Task TickAsync(CancellationToken cancellationToken);

    /// <summary>Tick once as the host starts, not only after the first interval: for work a restart may have left undone.</summary>
    protected virtual bool TickAtStart => false;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (TickAtStart) await SafeTickAsync(stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await SafeTickAsync(stoppingToken);
    }

    private async Task SafeTickAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TickAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "{Service} failed; retrying on the next tick", GetType().Name);
        }
    }
}
