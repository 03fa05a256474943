namespace SaaS.Orders.Rfqs;

/// <summary>
/// A buyer company's request for a quote (询价) to one merchant: the items and quantities it wants, the merchant's
/// answer (a price per item, how long it holds, its terms) or refusal, and the order an accepted quote became.
/// Its state changes only through <see cref="RfqStateMachine"/>.
/// </summary>
public sealed class Rfq
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>What people quote on the phone: <c>RFQ-yyyyMMdd-XXXXXX</c>.</summary>
    public required string Number { get; init; }

    public Guid CompanyId { get; init; }

    public Guid MerchantId { get; init; }

    public required string BuyerUserId { get; init; }

    public required string BuyerEmail { get; init; }

    public RfqState State { get; set; }

    /// <summary>When the buyer wants the goods; a wish for the merchant to price in, not a promise.</summary>
    public DateOnly? DeliveryDate { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset RequestedUtc { get; init; }

    /// <summary>
    /// When the RFQ expires in its current state: a request unanswered by then, or a quote no longer valid. The
    /// expiry job and every read compare it with the clock.
    /// </summary>
    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? QuotedUtc { get; set; }

    /// <summary>The last day the quote may be accepted, through its end in the marketplace's time zone.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The merchant's terms of the quote: payment, delivery, packing.</summary>
    public string? Terms { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>The order the accepted quote became.</summary>
    public Guid? OrderId { get; set; }

    /// <summary>Bumped by every move: a buyer accepting while the merchant re-quotes (or the job expires it) cannot both win.</summary>
    public int Version { get; set; }

    public List<RfqItem> Items { get; init; } = [];

    public List<RfqMessage> Messages { get; init; } = [];
}
