namespace SaaS.Messaging.Admin;

/// <summary>A horizontal bar per delivery state, laid out for an inline SVG of <see cref="Width"/> × <see cref="Height"/>.</summary>
public sealed record DeliveryChart(int Width, int Height, int Total, IReadOnlyList<StateBar> Bars)
{
    private const int Row = 28;
    private const int LabelWidth = 110;
    private const int BarSpace = 300;

    public static DeliveryChart Of(IReadOnlyDictionary<string, int> counts)
    {
        var most = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var bars = counts.Select((c, i) => new StateBar(c.Key, c.Value, LabelWidth, i * Row + 4, Math.Max(c.Value > 0 ? 2 : 0, c.Value * BarSpace / most), i * Row + 19)).ToList();
        return new DeliveryChart(LabelWidth + BarSpace + 60, counts.Count * Row, counts.Values.Sum(), bars);
    }
}
