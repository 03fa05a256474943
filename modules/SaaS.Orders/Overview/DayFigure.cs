namespace SaaS.Orders.Overview;

/// <summary>Orders placed on one day of the marketplace's calendar and what they are worth.</summary>
public sealed record DayFigure(DateOnly Day, int Orders, decimal Value);
