namespace SaaS.Payments.Commissions;

/// <summary>
/// A commission the marketplace takes on order lines: for a merchant, a category branch, both or neither (the
/// marketplace default), at a percentage with a minimum per line, from one date until (not including) another.
/// </summary>
public sealed class CommissionRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? MerchantId { get; set; }

    public Guid? CategoryId { get; set; }

    public decimal RatePercent { get; set; }

    public decimal MinimumPerLine { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public string Note { get; set; } = "";

    public bool IsInEffectOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day < EffectiveTo);

    public bool Overlaps(CommissionRule other) =>
        (EffectiveTo is null || other.EffectiveFrom < EffectiveTo) && (other.EffectiveTo is null || EffectiveFrom < other.EffectiveTo);
}
