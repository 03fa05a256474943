namespace SaaS.Payments.BankTransfer;

/// <summary>
/// Money the operator saw move on the marketplace's bank account for a bank-transfer payment: an amount received
/// (as the statement shows it, which may differ from the slip) or a surplus sent back. Its id keys the ledger entry.
/// </summary>
public sealed class BankMovement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PaymentId { get; init; }

    public BankMovementKind Kind { get; init; }

    public decimal Amount { get; init; }

    /// <summary>The bank statement's reference of the movement.</summary>
    public required string BankReference { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedUtc { get; init; }
}
