using System.Globalization;
using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>A line of a statement with its kind in words and each order line's commission rate as a person writes it (5%, 2.5%).</summary>
public sealed record StatementLineRow(StatementLineView Line, string KindLabel)
{
    public IReadOnlyList<CommissionLineRow> Commissions => Line.Commissions.Select(c => new CommissionLineRow(c, c.RatePercent.ToString("0.##", CultureInfo.InvariantCulture))).ToList();
}
