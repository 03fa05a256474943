namespace SaaS.Orders.Rfqs;

/// <summary>Published in the request's transaction: messaging tells the merchant a buyer asks for a quote.</summary>
public sealed record RfqRequested(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, int ItemCount);
