namespace SaaS.Orders.Overview;

/// <summary>A label under the chart's axis, centred on <paramref name="X"/>.</summary>
public sealed record ChartTick(int X, string Label);
