namespace SaaS.Orders.Rfqs;

/// <summary>A state filter of an RFQ list: its link, its words, and whether it is the one shown.</summary>
public sealed record RfqTab(string Path, string Label, bool Current)
{
    /// <summary>All, then one tab per state, linking to <paramref name="listPath"/> with <c>?state=</c>.</summary>
    public static IReadOnlyList<RfqTab> For(string listPath, RfqState? current) =>
        [new(listPath, "All", current is null), .. Enum.GetValues<RfqState>().Select(s => new RfqTab($"{listPath}?state={s}", RfqLabels.State(s.ToString()), s == current))];
}
