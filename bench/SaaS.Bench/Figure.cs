namespace SaaS.Bench;

/// <summary>
/// One measured figure of a phase, with the ceiling it must stay under, the floor it must reach, or the exact value
/// it must have when it has a target (a throughput ratio is good when high, a latency or a size when low, a count
/// of units sold only when it is exactly the stock there was).
/// </summary>
public sealed record Figure(
    string Phase, string Metric, double Value, string Unit, double? Below = null, double? AtLeast = null, double? Exactly = null)
{
    public string Verdict =>
        Below is not null ? (Value < Below ? "PASS" : "FAIL")
        : AtLeast is not null ? (Value >= AtLeast ? "PASS" : "FAIL")
        : Exactly is not null ? (Value == Exactly ? "PASS" : "FAIL")
        : "";

    public string TargetText =>
        Below is not null ? $"< {Below:0.##} {Unit}"
        : AtLeast is not null ? $">= {AtLeast:0.##} {Unit}"
        : Exactly is not null ? $"= {Exactly:0.##} {Unit}"
        : "";
}
