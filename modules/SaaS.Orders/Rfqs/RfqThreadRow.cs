using SaaS.Orders.Orders;

namespace SaaS.Orders.Rfqs;

/// <summary>An entry of the thread as the pages show it: in the marketplace's time, its step named in words (empty for a plain message).</summary>
public sealed record RfqThreadRow(DateTimeOffset At, string Side, string Author, string Label, string? Body)
{
    public static IReadOnlyList<RfqThreadRow> Of(RfqView rfq, MarketplaceCalendar calendar) =>
        rfq.Thread.Select(m => new RfqThreadRow(calendar.Local(m.AtUtc), m.Side, m.Author, RfqLabels.Kind(m.Kind), m.Body)).ToList();
}
