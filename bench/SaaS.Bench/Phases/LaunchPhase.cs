using System.Diagnostics;

namespace SaaS.Bench.Phases;

/// <summary>How long an operator waits for a fully set-up <c>industrial-mro</c> marketplace: the POST round trip.</summary>
public sealed class LaunchPhase : IBenchPhase
{
    private const double MedianTargetMs = 1500;

    public string Name => "launch";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var host = await hosts.StartAsync(new Dictionary<string, string>(), cancellationToken);
        using var client = new HostClient(host);
        await client.WarmUpAsync(cancellationToken);

        // One at a time, as an operator launches: each timing is one launch, not a share of several.
        var timings = new List<double>();
        for (var i = 1; i <= options.Launches; i++)
        {
            var name = $"mro-{i:D4}";
            var clock = Stopwatch.StartNew();
            await client.LaunchAsync(name, "industrial-mro", $"MRO Bench {i:D4}", cancellationToken);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  {name}: {timings[^1]:F1} ms");
        }

        var summary = LatencySummary.Of(timings);
        Console.WriteLine($"  launch POST round trip: {summary}");
        return
        [
            new Figure(Name, "launch POST min", summary.Min, "ms"),
            new Figure(Name, "launch POST median", summary.Median, "ms", Below: MedianTargetMs),
            new Figure(Name, "launch POST p95", summary.P95, "ms"),
            new Figure(Name, "launch POST max", summary.Max, "ms"),
        ];
    }
}
