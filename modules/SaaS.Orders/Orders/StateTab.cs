namespace SaaS.Orders.Orders;

/// <summary>A state to filter a list by, with how many orders are in it; <paramref name="State"/> is empty for every state.</summary>
public sealed record StateTab(string State, string Label, int Count, string Href, bool Current);
