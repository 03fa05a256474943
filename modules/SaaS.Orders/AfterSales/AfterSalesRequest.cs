namespace SaaS.Orders.AfterSales;

/// <summary>
/// A buyer company's return or refund request on some units of one order. Its items are copied from the order's
/// lines with their prices, so the claimed amount is what was paid for them. It changes state only through
/// <see cref="AfterSalesStateMachine"/>.
/// </summary>
public sealed class AfterSalesRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid MerchantId { get; init; }

    public AfterSalesKind Kind { get; init; }

    public AfterSalesState State { get; set; }

    public required string Reason { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedUtc { get; init; }

    /// <summary>What the items cost on the order: the most a refund may be.</summary>
    public decimal ClaimedAmount { get; init; }

    /// <summary>Set by the merchant on accepting a refund-only request or on receiving a return; partial allowed.</summary>
    public decimal? RefundAmount { get; set; }

    public string? RejectionReason { get; set; }

    public string? ReturnCarrier { get; set; }

    public string? ReturnTrackingNumber { get; set; }

    public string? RefundReference { get; set; }

    /// <summary>Bumped by every move: the buyer cancelling and the merchant accepting cannot both win.</summary>
    public int Version { get; set; }

    public List<AfterSalesItem> Items { get; init; } = [];

    public List<AfterSalesPhoto> Photos { get; init; } = [];
}
