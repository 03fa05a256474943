namespace SaaS.Bench;

/// <summary>One measured figure of a phase, with the ceiling it must stay under when it has one.</summary>
public sealed record Figure(string Phase, string Metric, double Value, string Unit, double? Below = null)
{
    public string Verdict => Below is null ? "" : Value < Below ? "PASS" : "FAIL";

    public string TargetText => Below is null ? "" : $"< {Below:0.##} {Unit}";
}
