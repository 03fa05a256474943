namespace SaaS.Orders.Orders;

public sealed record OrderEventView(DateTimeOffset AtUtc, string Actor, string Action, string State, string? Detail);
