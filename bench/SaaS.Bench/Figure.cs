namespace SaaS.Bench;

/// <summary>
/// One measured figure of a phase, with the ceiling it must stay under or the floor it must reach when it has one
/// (a throughput ratio is good when high, a latency or a size when low).
/// </summary>
public sealed record Figure(string Phase, string Metric, double Value, string Unit, double? Below = null, double? AtLeast = null)
{
    public string Verdict =>
        Below is not null ? (Value < Below ? "PASS" : "FAIL")
        : AtLeast is not null ? (Value >= AtLeast ? "PASS" : "FAIL")
        : "";

    public string TargetText =>
        Below is not null ? $"< {Below:0.##} {Unit}"
        : AtLeast is not null ? $">= {AtLeast:0.##} {Unit}"
        : "";
}
