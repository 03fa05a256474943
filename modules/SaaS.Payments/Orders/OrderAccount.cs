namespace SaaS.Payments.Orders;

/// <summary>
/// Payments' own account of one order, fed by the orders module's events: what it costs, what the marketplace
/// keeps, what was refunded and whether it was paid, completed or settled. Payments never reads the orders' tables.
/// </summary>
public sealed class OrderAccount
{
    public Guid Id { get; init; }

    public Guid CheckoutId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid MerchantId { get; init; }

    public required string PaymentMethod { get; init; }

    public decimal Total { get; init; }

    /// <summary>The sum of the lines' commissions, frozen at order time.</summary>
    public decimal Commission { get; init; }

    public OrderAccountState State { get; set; }

    public decimal Refunded { get; set; }

    /// <summary>The part of <see cref="Refunded"/> the marketplace gave back from its commission.</summary>
    public decimal CommissionRefunded { get; set; }

    public Guid? PaymentId { get; set; }

    public DateTimeOffset PlacedUtc { get; init; }

    public DateTimeOffset? PaidUtc { get; set; }

    public DateTimeOffset? CompletedUtc { get; set; }

    /// <summary>The merchant statement that paid this order out; null until settled.</summary>
    public Guid? StatementId { get; set; }

    public int Version { get; set; }

    public decimal Net => Total - Commission;

    /// <summary>What the merchant still earns on it: the net less the merchant's share of refunds.</summary>
    public decimal MerchantShare => Total - Refunded - (Commission - CommissionRefunded);

    public List<LineCommission> Lines { get; init; } = [];
}
