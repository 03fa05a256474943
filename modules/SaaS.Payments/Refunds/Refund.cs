namespace SaaS.Payments.Refunds;

/// <summary>
/// Money going back to a buyer for an order: its split between the merchant's share and the commission is fixed
/// when it is booked; it is sent by the order's provider after the booking commits, and retried until it is.
/// </summary>
public sealed class Refund
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public Guid MerchantId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid? PaymentId { get; init; }

    /// <summary>The after-sales request that asked for it; null for a cancellation after payment.</summary>
    public Guid? AfterSalesId { get; init; }

    public required string Method { get; init; }

    public decimal Amount { get; init; }

    public decimal MerchantShare { get; init; }

    public decimal CommissionShare { get; init; }

    public required string Reason { get; init; }

    public RefundState State { get; set; }

    public string? ProviderReference { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? SentUtc { get; set; }

    /// <summary>The statement that took it back from the merchant, when it came after the order was paid out.</summary>
    public Guid? StatementId { get; set; }

    public int Version { get; set; }
}
