namespace SaaS.Orders.Rfqs;

/// <summary>Published in the transaction that turns the quote into <paramref name="OrderId"/> (whose own <c>OrderPlaced</c> follows).</summary>
public sealed record RfqAccepted(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, Guid OrderId);
