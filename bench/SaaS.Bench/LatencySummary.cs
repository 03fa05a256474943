namespace SaaS.Bench;

/// <summary>Minimum, median, 95th and 99th percentiles and maximum of a set of timings, in milliseconds.</summary>
public sealed record LatencySummary(int Count, double Min, double Median, double P95, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No timings to summarize.", nameof(milliseconds));
        return new LatencySummary(sorted.Length, sorted[0], Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    public override string ToString() => $"n={Count} min={Min:F1} p50={Median:F1} p95={P95:F1} p99={P99:F1} max={Max:F1} ms";

    // Nearest rank: always a timing that was actually observed, never an interpolation between two.
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
