namespace SaaS.Payments.Credit;

/// <summary>The part of a repayment or credit note that settled one invoice.</summary>
public sealed class InvoiceSettlement
{
    public const string Repayment = "repayment";
    public const string CreditNote = "credit-note";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InvoiceId { get; init; }

    /// <summary><see cref="Repayment"/> or <see cref="CreditNote"/> (a refund's id).</summary>
    public required string SourceType { get; init; }

    public Guid SourceId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset SettledUtc { get; init; }
}
