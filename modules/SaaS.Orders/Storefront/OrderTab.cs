namespace SaaS.Orders.Storefront;

/// <summary>A state filter of the orders list; <paramref name="Path"/> is relative to the marketplace.</summary>
public sealed record OrderTab(string Label, string Path, bool Current);
