namespace SaaS.Messaging.Sources;

/// <summary>
/// Messaging's note of a placed order (from <c>OrderPlaced</c>): who placed it and its total, so later events about
/// the order reach the buyer who placed it and can say what it was worth.
/// </summary>
public sealed class KnownOrder
{
    public Guid OrderId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid MerchantId { get; init; }

    public required string BuyerUserId { get; init; }

    public decimal Total { get; init; }

    public required string PaymentMethod { get; init; }
}
