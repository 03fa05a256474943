namespace SaaS.Payments.Settlement;

/// <summary>
/// A statement's net (or a withdrawal) on its way to the merchant: Stripe transfers (one per order, grouped by the order's checkout)
/// sent after the statement commits and retried until sent, or a bank payment the operator records.
/// </summary>
public sealed class Payout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The statement it pays; null for a withdrawal the operator paid outside the cycle.</summary>
    public Guid? StatementId { get; init; }

    public Guid MerchantId { get; init; }

    public decimal Amount { get; init; }

    /// <summary><c>stripe-transfer</c> or <c>bank</c>.</summary>
    public required string Method { get; init; }

    public PayoutState State { get; set; }

    public string? Reference { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? SentUtc { get; set; }

    public string? RecordedBy { get; set; }

    public int Version { get; set; }

    public List<PayoutTransfer> Transfers { get; init; } = [];
}
