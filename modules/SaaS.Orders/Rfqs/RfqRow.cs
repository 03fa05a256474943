using SaaS.Orders.Orders;

namespace SaaS.Orders.Rfqs;

/// <summary>A row of an RFQ list page: the summary, its state in words, when it was asked in the marketplace's time, the quote's last day.</summary>
public sealed record RfqRow(RfqSummary Rfq, string StateLabel, DateTimeOffset Requested, string? ValidUntil)
{
    public static IReadOnlyList<RfqRow> Of(IReadOnlyList<RfqSummary> rfqs, MarketplaceCalendar calendar) =>
        rfqs.Select(r => new RfqRow(r, RfqLabels.State(r.State), calendar.Local(r.RequestedUtc), RfqDates.Format(r.ValidUntil))).ToList();
}
