namespace SaaS.Orders.Rfqs;

/// <summary>A row of an RFQ list; <paramref name="QuotedTotal"/> once quoted.</summary>
public sealed record RfqSummary(
    Guid Id, string Number, string State, Guid CompanyId, string CompanyName, Guid MerchantId, string MerchantName, int ItemCount, decimal? QuotedTotal,
    DateTimeOffset RequestedUtc, DateOnly? ValidUntil);
