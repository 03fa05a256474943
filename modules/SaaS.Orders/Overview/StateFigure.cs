namespace SaaS.Orders.Overview;

/// <summary>How many orders are in a state and what they are worth.</summary>
public sealed record StateFigure(string State, string Label, int Count, decimal Value);
