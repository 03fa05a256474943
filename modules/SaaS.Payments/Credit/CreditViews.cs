namespace SaaS.Payments.Credit;

/// <summary>A company's credit as the operator lists it: the terms, what it owes, what it may still buy, what is late.</summary>
public sealed record CreditAccountView(
    Guid CompanyId, string? CompanyName, decimal Limit, int NetDays, decimal Outstanding, decimal Available, decimal Overdue, int OverdueInvoices, DateTimeOffset UpdatedUtc);

/// <summary>A company's credit as its members read it, with its invoices (newest first) and the next one falling due.</summary>
public sealed record CreditSummary(
    Guid CompanyId, decimal Limit, int NetDays, decimal Outstanding, decimal Available, decimal Overdue, NextDue? NextDue, IReadOnlyList<InvoiceView> Invoices);

public sealed record NextDue(DateOnly DueOn, decimal Amount);

public sealed record InvoiceView(
    Guid Id, string Number, Guid OrderId, Guid MerchantId, decimal Amount, decimal Settled, decimal Open, DateOnly IssuedOn, DateOnly DueOn, string State, bool Overdue)
{
    public static InvoiceView Of(CreditInvoice invoice, DateOnly today) => new(
        invoice.Id, invoice.Number, invoice.OrderId, invoice.MerchantId, invoice.Amount, invoice.Settled, invoice.Open, invoice.IssuedOn, invoice.DueOn,
        invoice.State.ToString(), invoice.OverdueOn(today));
}

public sealed record RepaymentView(Guid Id, Guid CompanyId, decimal Amount, string BankReference, DateTimeOffset RecordedUtc, IReadOnlyList<SettledInvoice> Settled, decimal Outstanding);

public sealed record SettledInvoice(Guid InvoiceId, string Number, decimal Amount, decimal Open);
