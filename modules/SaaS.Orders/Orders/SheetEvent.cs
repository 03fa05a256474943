namespace SaaS.Orders.Orders;

/// <summary>A timeline entry with its action and state in words.</summary>
public sealed record SheetEvent(DateTimeOffset At, string Actor, string Action, string State, string? Detail);
