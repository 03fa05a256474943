namespace SaaS.Orders.Overview;

/// <summary>A bar of an SVG chart, placed in whole pixels, with the day and value its tooltip tells.</summary>
public sealed record ChartBar(int X, int Y, int Width, int Height, string Day, decimal Value);
