namespace SaaS.Orders.Rfqs;

/// <summary>
/// An RFQ as its buyer company and its merchant both see it: the items with target and quoted prices, the quote,
/// the reason of a decline, the order an acceptance made, and the thread.
/// </summary>
/// <param name="ExpiresUtc">While Requested or Quoted, when it expires unless answered or accepted; null once closed.</param>
public sealed record RfqView(
    Guid Id, string Number, string State, Guid CompanyId, string CompanyName, Guid MerchantId, string MerchantName, string BuyerEmail,
    DateOnly? DeliveryDate, string? Note, DateTimeOffset RequestedUtc, DateTimeOffset? ExpiresUtc, RfqQuoteView? Quote, string? DeclineReason, Guid? OrderId,
    IReadOnlyList<RfqItemView> Items, IReadOnlyList<RfqMessageView> Thread);
