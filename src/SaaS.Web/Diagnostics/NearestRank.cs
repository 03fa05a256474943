namespace SaaS.Web.Diagnostics;

/// <summary>Percentiles of bench timings by nearest rank: always a timing that was actually observed, never an interpolation.</summary>
public static class NearestRank
{
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
