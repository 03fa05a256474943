namespace SaaS.Payments.Settlement;

/// <summary>An order settled by a statement (<c>order</c>), or a later refund of an order settled before (<c>adjustment</c>).</summary>
public sealed class StatementLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid StatementId { get; init; }

    public required string Kind { get; init; }

    public Guid OrderId { get; init; }

    /// <summary>The refund an adjustment line takes back; null on order lines.</summary>
    public Guid? RefundId { get; init; }

    public decimal Sales { get; init; }

    public decimal Commission { get; init; }

    public decimal Refunds { get; init; }

    public decimal Net { get; init; }
}
