namespace SaaS.Orders.Rfqs;

public sealed record MessageRequest(string? Body);
