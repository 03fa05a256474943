using System.Diagnostics;

namespace SaaS.Bench.Phases;

/// <summary>
/// What a visitor waits for when a tenant's cached state has been released for idleness: the first request
/// re-activates it from its database.
/// </summary>
public sealed class ColdPhase : IBenchPhase
{
    private const double MedianTargetMs = 150;
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(30);

    public string Name => "cold";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var host = await hosts.StartAsync(new Dictionary<string, string>
        {
            ["TenantIdleTimeout"] = "00:00:01",
            ["TenantReaperInterval"] = "00:00:00.250",
        }, cancellationToken);
        using var client = new HostClient(host);
        await client.WarmUpAsync(cancellationToken);

        var batch = new TenantBatch(client, "c", options.ColdTenants, options.Parallelism);
        await batch.LaunchAllAsync(cancellationToken);
        await batch.VisitAllAsync(cancellationToken);
        var waited = await WaitUntilReleasedAsync(client, batch.Names, cancellationToken);
        Console.WriteLine($"  all {batch.Names.Count} tenants released {waited.TotalSeconds:F1} s after their first visits");

        // One at a time, so each timing is one activation and not a share of the machine with others.
        await client.WarmUpAsync(cancellationToken);
        var cold = new List<double>();
        var warm = new List<double>();
        foreach (var name in batch.Names)
        {
            cold.Add(await TimeVisitAsync(client, name, cancellationToken));
            // The same page again at once, for contrast: what activation adds on top of serving the page.
            warm.Add(await TimeVisitAsync(client, name, cancellationToken));
        }

        var coldSummary = LatencySummary.Of(cold);
        var warmSummary = LatencySummary.Of(warm);
        Console.WriteLine($"  first request after release: {coldSummary}");
        Console.WriteLine($"  request right after that:    {warmSummary}");
        return
        [
            new Figure(Name, "first request after release p50", coldSummary.Median, "ms", Below: MedianTargetMs),
            new Figure(Name, "first request after release p95", coldSummary.P95, "ms"),
            new Figure(Name, "first request after release max", coldSummary.Max, "ms"),
            new Figure(Name, "warm request p50", warmSummary.Median, "ms"),
        ];
    }

    private static async Task<double> TimeVisitAsync(HostClient client, string name, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await client.VisitHomeAsync(name, TenantBatch.SiteNameOf(name), cancellationToken);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Polls the operator API until no tenant of <paramref name="names"/> is active.</summary>
    private static async Task<TimeSpan> WaitUntilReleasedAsync(HostClient client, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var waiting = new HashSet<string>(names, StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            foreach (var name in waiting.ToList())
            {
                if (!(await client.GetTenantAsync(name, cancellationToken)).Active) waiting.Remove(name);
            }
            if (waiting.Count == 0) return clock.Elapsed;
            if (clock.Elapsed > ReleaseTimeout)
            {
                throw new TimeoutException(
                    $"{waiting.Count} of {names.Count} tenants were still active {ReleaseTimeout.TotalSeconds} s after their last request "
                    + $"(e.g. {string.Join(", ", waiting.Order().Take(5))}).");
            }
            await Task.Delay(250, cancellationToken);
        }
    }
}
