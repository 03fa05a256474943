using System.Globalization;

namespace SaaS.Orders.Overview;

/// <summary>
/// A bar chart the server draws as inline SVG, one bar a day: no script, prints as it shows. Bars are scaled to
/// the busiest day; <paramref name="Money"/> says whether values are amounts (shown with the currency) or counts.
/// </summary>
public sealed record BarChart(string Title, bool Money, decimal Max, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartTick> Ticks)
{
    private const int ChartWidth = 720;
    private const int PlotTop = 16;
    private const int PlotHeight = 150;
    private const int PlotBottom = PlotTop + PlotHeight;

    public int Width => ChartWidth;

    public int Height => 200;

    /// <summary>Where bars stand.</summary>
    public int Baseline => PlotBottom;

    public int LabelY => Baseline + 20;

    public static BarChart Of(string title, bool money, IReadOnlyList<DayFigure> days, Func<DayFigure, decimal> value)
    {
        var max = days.Count == 0 ? 0 : days.Max(value);
        var slot = ChartWidth / Math.Max(1, days.Count);
        var bars = days.Select((day, i) =>
        {
            // A quiet day next to a busy one still shows a sliver: some orders, not none.
            var height = max == 0 || value(day) == 0 ? 0 : Math.Max(1, (int)Math.Round(value(day) / max * PlotHeight));
            return new ChartBar(i * slot + slot / 6, PlotBottom - height, slot - slot / 3, height, Label(day.Day), value(day));
        }).ToList();
        // A label every fifth day, counted back from today so today is always labelled.
        var ticks = days.Select((day, i) => (day, i)).Where(d => (days.Count - 1 - d.i) % 5 == 0)
            .Select(d => new ChartTick(d.i * slot + slot / 2, d.day.Day.ToString("MM-dd", CultureInfo.InvariantCulture))).ToList();
        return new BarChart(title, money, max, bars, ticks);
    }

    private static string Label(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
