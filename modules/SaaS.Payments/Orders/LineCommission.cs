namespace SaaS.Payments.Orders;

/// <summary>The commission of one order line, with the rule and rate that priced it, as the merchant's statement shows it.</summary>
public sealed class LineCommission
{
    public Guid Id { get; init; }

    public Guid OrderId { get; init; }

    public Guid SkuId { get; init; }

    public Guid CategoryId { get; init; }

    public int Quantity { get; init; }

    public decimal LineTotal { get; init; }

    /// <summary>Null when no rule applied: the line carries no commission.</summary>
    public Guid? RuleId { get; init; }

    public decimal RatePercent { get; init; }

    public decimal MinimumPerLine { get; init; }

    public decimal Commission { get; init; }
}
