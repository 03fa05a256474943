using SaaS.Orders.Storefront;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// One quote request as the buyer sees it: items with target and quoted prices, the quote, the thread with a
/// message form, and, while the quote stands, the form that accepts it (delivery, invoice, payment).
/// </summary>
public sealed record RfqPageModel(PageForm Form, RfqView Rfq, IReadOnlyList<RfqThreadRow> Thread, CheckoutForm? Accept)
{
    public string StateLabel => RfqLabels.State(Rfq.State);

    public string? DeliveryDate => RfqDates.Format(Rfq.DeliveryDate);

    public string? ValidUntil => RfqDates.Format(Rfq.Quote?.ValidUntil);

    /// <summary>When it was asked, in the marketplace's time.</summary>
    public required DateTimeOffset Requested { get; init; }

    /// <summary>When it expires unless answered, in the marketplace's time; null once closed.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The message typed when its post was refused.</summary>
    public string Message { get; init; } = "";

    public string? MessageError { get; init; }
}
