namespace SaaS.Payments.Events;

/// <summary>A credit invoice passed its due date unpaid; published once per invoice by the credit-overdue job.</summary>
public sealed record CreditInvoiceOverdue(Guid InvoiceId, string Number, Guid CompanyId, Guid OrderId, decimal Open, DateOnly DueOn);
