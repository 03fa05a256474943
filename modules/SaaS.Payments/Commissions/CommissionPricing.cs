using SaaS.Orders.Orders;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;

namespace SaaS.Payments.Commissions;

/// <summary>
/// Which rule prices a line and what it comes to. The most specific rule in effect wins: a merchant's rule over a
/// category's, and of two rules on the same side the one on the deeper category; the default rule (neither) last.
/// </summary>
public static class CommissionPricing
{
    public static CommissionRule? RuleFor(Guid merchantId, IReadOnlyList<Guid> categoryPath, IEnumerable<CommissionRule> rules, DateOnly day) =>
        rules.Where(r => r.IsInEffectOn(day))
            .Where(r => r.MerchantId is null || r.MerchantId == merchantId)
            .Where(r => r.CategoryId is null || categoryPath.Contains(r.CategoryId.Value))
            .OrderByDescending(r => r.MerchantId is null ? 0 : 1)
            .ThenByDescending(r => r.CategoryId is { } category ? IndexOf(categoryPath, category) + 1 : 0)
            .FirstOrDefault();

    /// <summary>The rate applied to the line's amount, at least the minimum, never more than the line itself.</summary>
    public static decimal CommissionOf(decimal lineTotal, CommissionRule? rule) =>
        rule is null ? 0 : Math.Min(lineTotal, Math.Max(Money.Cents(lineTotal * rule.RatePercent / 100m), rule.MinimumPerLine));

    public static LineCommission Price(Guid orderId, Guid merchantId, PlacedLine line, IReadOnlyList<Guid> categoryPath, IEnumerable<CommissionRule> rules, DateOnly day)
    {
        var rule = RuleFor(merchantId, categoryPath, rules, day);
        return new LineCommission
        {
            Id = line.LineId, OrderId = orderId, SkuId = line.SkuId, CategoryId = line.CategoryId, Quantity = line.Quantity, LineTotal = line.LineTotal,
            RuleId = rule?.Id, RatePercent = rule?.RatePercent ?? 0, MinimumPerLine = rule?.MinimumPerLine ?? 0, Commission = CommissionOf(line.LineTotal, rule),
        };
    }

    private static int IndexOf(IReadOnlyList<Guid> path, Guid category)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i] == category) return i;
        }
        return -1;
    }
}
