namespace SaaS.Orders.Orders;

public sealed record ReasonRequest(string? Reason);
