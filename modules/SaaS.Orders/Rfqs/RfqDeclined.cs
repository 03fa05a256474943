namespace SaaS.Orders.Rfqs;

/// <summary>Published when the merchant declines the request or withdraws its quote, with the reason the buyer reads.</summary>
public sealed record RfqDeclined(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, string Reason);
