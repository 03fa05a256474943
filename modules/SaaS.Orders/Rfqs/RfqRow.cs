namespace SaaS.Orders.Rfqs;

/// <summary>A row of an RFQ list page: the summary, its state in words, the quote's last day as a date.</summary>
public sealed record RfqRow(RfqSummary Rfq, string StateLabel, string? ValidUntil)
{
    public static IReadOnlyList<RfqRow> Of(IReadOnlyList<RfqSummary> rfqs) =>
        rfqs.Select(r => new RfqRow(r, RfqLabels.State(r.State), RfqDates.Format(r.ValidUntil))).ToList();
}
