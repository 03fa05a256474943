namespace SaaS.Payments.BankTransfer;

/// <summary>
/// What a payer says they remitted for a bank-transfer payment: the bank's serial number, the amount, the day, and
/// the slip (an image or PDF kept privately in the tenant's files). The operator confirms it against the bank
/// statement, or rejects it with a reason the payer reads.
/// </summary>
public sealed class Remittance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PaymentId { get; init; }

    /// <summary>The bank's serial number of the transfer (流水号), as the payer read it off their receipt.</summary>
    public required string Reference { get; init; }

    public decimal Amount { get; init; }

    public DateOnly PaidOn { get; init; }

    /// <summary>The slip's file name in the payment's private folder.</summary>
    public required string SlipFile { get; init; }

    public required string SlipContentType { get; init; }

    public required string SubmittedBy { get; init; }

    public DateTimeOffset SubmittedUtc { get; init; }

    public RemittanceState State { get; set; }

    public string? RejectionReason { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedUtc { get; set; }
}
