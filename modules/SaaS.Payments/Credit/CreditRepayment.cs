namespace SaaS.Payments.Credit;

/// <summary>Money a company paid against its credit invoices, as the operator found it on the bank statement.</summary>
public sealed class CreditRepayment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CompanyId { get; init; }

    public decimal Amount { get; init; }

    public required string BankReference { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedUtc { get; init; }
}
