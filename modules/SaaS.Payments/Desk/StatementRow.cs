using SaaS.Orders.Orders;
using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>A statement in a list, dated in the marketplace's time zone, with its payout in words (translated by the view).</summary>
public sealed record StatementRow(StatementSummary Statement, string PayoutMethodLabel, string PayoutStateLabel)
{
    /// <summary>Whose statement it is, where the list shows more than one merchant's.</summary>
    public string MerchantName { get; init; } = "";

    public static StatementRow Of(StatementSummary s, MarketplaceCalendar calendar) =>
        new(s with { CreatedUtc = calendar.Local(s.CreatedUtc) }, FinanceLabels.PayoutMethod(s.PayoutMethod), FinanceLabels.PayoutState(s.PayoutState));
}
