namespace SaaS.Orders.Rfqs;

public sealed record RfqItemRequest(Guid? SkuId, int? Quantity, decimal? TargetPrice);
