namespace SaaS.Orders.Rfqs;

/// <summary>
/// One quote request in the merchant center: what the buyer asks, the thread, and, for a member who may quote while
/// the request is open, the quote form (a price per item, valid until, terms) and the decline form.
/// </summary>
public sealed record MerchantRfqModel(RfqView Rfq, IReadOnlyList<RfqThreadRow> Thread, bool CanQuote, bool CanAnswer, IReadOnlyList<QuoteFormLine> Lines)
{
    public string StateLabel => RfqLabels.State(Rfq.State);

    public string? DeliveryDate => RfqDates.Format(Rfq.DeliveryDate);

    public string? ValidUntil => RfqDates.Format(Rfq.Quote?.ValidUntil);

    /// <summary>When it was asked, in the marketplace's time.</summary>
    public required DateTimeOffset Requested { get; init; }

    /// <summary>When it expires unless answered or accepted, in the marketplace's time; null once closed.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The quote form's fields and the decline and message forms' texts, as typed or as quoted before.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Messages by field (validUntil, terms, reason, body, lines), shown next to their inputs.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A refusal no input of the page holds: the state moved on meanwhile.</summary>
    public string? Error { get; init; }

    public required string Today { get; init; }

    public required string LastDay { get; init; }
}
