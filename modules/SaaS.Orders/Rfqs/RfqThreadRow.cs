namespace SaaS.Orders.Rfqs;

/// <summary>An entry of the thread as the pages show it, its step named in words (empty for a plain message).</summary>
public sealed record RfqThreadRow(DateTimeOffset AtUtc, string Side, string Author, string Label, string? Body)
{
    public static IReadOnlyList<RfqThreadRow> Of(RfqView rfq) =>
        rfq.Thread.Select(m => new RfqThreadRow(m.AtUtc, m.Side, m.Author, RfqLabels.Kind(m.Kind), m.Body)).ToList();
}
