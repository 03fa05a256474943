namespace SaaS.Orders.Rfqs;

/// <summary>
/// An entry of the thread both sides read: a message one of them wrote, or a step of the RFQ (requested, quoted,
/// declined, accepted, expired) with the words that went with it (the note, the terms, the reason).
/// </summary>
public sealed class RfqMessage
{
    public const string BuyerSide = "buyer";
    public const string MerchantSide = "merchant";
    public const string SystemSide = "system";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RfqId { get; init; }

    public DateTimeOffset AtUtc { get; init; }

    /// <summary><see cref="BuyerSide"/>, <see cref="MerchantSide"/> or <see cref="SystemSide"/> (the expiry).</summary>
    public required string Side { get; init; }

    /// <summary>Who wrote it: the buyer's or the merchant member's e-mail, or <c>system</c>.</summary>
    public required string Author { get; init; }

    /// <summary><c>message</c>, or the step: <c>requested</c>, <c>quoted</c>, <c>declined</c>, <c>accepted</c>, <c>expired</c>.</summary>
    public required string Kind { get; init; }

    public string? Body { get; init; }
}
