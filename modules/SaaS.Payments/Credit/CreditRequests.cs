namespace SaaS.Payments.Credit;

/// <param name="Limit">How much the company may owe at once.</param>
/// <param name="NetDays">Days from an invoice's issue to its due day (net-N).</param>
public sealed record CreditAccountRequest(decimal? Limit, int? NetDays);

/// <param name="InvoiceIds">Invoices the company says it paid: settled first, then the oldest open ones.</param>
public sealed record RepaymentRequest(decimal? Amount, string? BankReference, IReadOnlyList<Guid>? InvoiceIds);
