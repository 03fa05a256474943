namespace SaaS.Orders.Rfqs;

public sealed record QuoteLineRequest(Guid? ItemId, decimal? UnitPrice);
