namespace SaaS.Orders.Rfqs;

public sealed record RfqItemView(Guid Id, Guid SkuId, string SkuCode, string Title, string Unit, int Quantity, decimal? TargetPrice, decimal? UnitPrice, decimal? LineTotal);
