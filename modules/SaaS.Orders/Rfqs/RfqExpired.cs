namespace SaaS.Orders.Rfqs;

/// <summary>Published when a request went unanswered, or a quote unaccepted, past its time; <paramref name="From"/> says which.</summary>
public sealed record RfqExpired(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, string From);
