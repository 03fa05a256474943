namespace SaaS.Payments.Credit;

/// <summary>
/// A company's month on credit, read from its receivable account in the ledger: what it owed at the start, the
/// invoices issued, the credit notes (refunds of credit orders) and repayments, and what it owed at the end.
/// </summary>
public sealed record CreditStatement(
    Guid CompanyId, string Month, DateOnly From, DateOnly To, decimal OpeningBalance, IReadOnlyList<StatementInvoice> Invoices,
    IReadOnlyList<StatementCredit> CreditNotes, IReadOnlyList<StatementCredit> Repayments, decimal ClosingBalance);

public sealed record StatementInvoice(string Number, Guid OrderId, decimal Amount, DateOnly IssuedOn, DateOnly DueOn);

/// <param name="Reference">The repayment's bank reference, or the refund that made the credit note.</param>
public sealed record StatementCredit(Guid SourceId, decimal Amount, string Reference, DateTimeOffset PostedUtc);
