namespace SaaS.Orders.Rfqs;

/// <summary>Published when the merchant quotes (or re-quotes): messaging tells the buyer the price and how long it holds.</summary>
public sealed record RfqQuoted(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, decimal Total, DateOnly ValidUntil, string BuyerUserId);
