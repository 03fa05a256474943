using System.Collections.Concurrent;
using System.Diagnostics;

namespace SaaS.Bench.Phases;

/// <summary>
/// A batch of <c>blank</c> tenants launched and visited with a little parallelism, as an operator's automation
/// would; shared by the phases that need many tenants before they measure.
/// </summary>
public sealed class TenantBatch(HostClient client, string namePrefix, int count, int parallelism)
{
    public IReadOnlyList<string> Names { get; } =
        Enumerable.Range(1, count).Select(i => $"{namePrefix}-{i:D4}").ToList();

    public static string SiteNameOf(string tenantName) => $"Bench Market {tenantName}";

    /// <summary>Launches every tenant; returns the spread of the POST round trips and the wall-clock time of the batch.</summary>
    public async Task<(LatencySummary Latency, TimeSpan Elapsed)> LaunchAllAsync(CancellationToken cancellationToken) =>
        await ForEachAsync("launched", name => client.LaunchAsync(name, "blank", SiteNameOf(name), cancellationToken), cancellationToken);

    /// <summary>Requests every tenant's storefront home once, checking each is that tenant's page; timed as the launches are.</summary>
    public async Task<(LatencySummary Latency, TimeSpan Elapsed)> VisitAllAsync(CancellationToken cancellationToken) =>
        await ForEachAsync("visited", name => client.VisitHomeAsync(name, SiteNameOf(name), cancellationToken), cancellationToken);

    private async Task<(LatencySummary, TimeSpan)> ForEachAsync(string done, Func<string, Task> action, CancellationToken cancellationToken)
    {
        var timings = new ConcurrentBag<double>();
        var finished = 0;
        var batch = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Names, options, async (name, _) =>
        {
            var clock = Stopwatch.StartNew();
            await action(name);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            var count = Interlocked.Increment(ref finished);
            if (count % 100 == 0 || count == Names.Count) Console.WriteLine($"  {count}/{Names.Count} {done} ({batch.Elapsed.TotalSeconds:F1} s)");
        });
        return (LatencySummary.Of(timings), batch.Elapsed);
    }
}
