namespace SaaS.Orders.Rfqs;

public sealed record QuoteRequest(IReadOnlyList<QuoteLineRequest>? Lines, DateOnly? ValidUntil, string? Terms);
