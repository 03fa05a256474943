using SaaS.Events;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;
using SaaS.Orders.Rfqs;

namespace SaaS.Messaging.Sources;

/// <summary>Quote requests as messages: a request reaches the merchant, a quote reaches the buyer who asked.</summary>
public sealed class QuoteMessages(Notifier notifier, Parts parts) : IEventHandler<RfqRequested>, IEventHandler<RfqQuoted>
{
    public async Task HandleAsync(RfqRequested requested, CancellationToken cancellationToken)
    {
        var quote = new Dictionary<string, object?> { ["number"] = requested.Number, ["items"] = requested.ItemCount };
        await NotifyAsync("quote.requested", requested.RfqId, requested.CompanyId, requested.MerchantId, null, quote, cancellationToken);
    }

    public async Task HandleAsync(RfqQuoted quoted, CancellationToken cancellationToken)
    {
        var quote = new Dictionary<string, object?> { ["number"] = quoted.Number, ["total"] = quoted.Total, ["valid_until"] = quoted.ValidUntil.ToString("yyyy-MM-dd") };
        await NotifyAsync("quote.sent", quoted.RfqId, quoted.CompanyId, quoted.MerchantId, quoted.BuyerUserId, quote, cancellationToken);
    }

    private async Task NotifyAsync(string eventName, Guid rfqId, Guid companyId, Guid merchantId, string? buyerUserId, Dictionary<string, object?> quote,
        CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["quote"] = quote,
            ["merchant"] = await parts.MerchantAsync(merchantId, cancellationToken),
            ["company"] = await parts.CompanyAsync(companyId, cancellationToken),
        };
        var links = new Dictionary<string, string>
        {
            [Audiences.Buyer] = $"/rfqs/{rfqId}", [Audiences.CompanyApprovers] = $"/rfqs/{rfqId}", [Audiences.MerchantTeam] = $"/merchant/rfqs/{rfqId}",
        };
        // A quote revised after the buyer asked again is a new quote: its total and validity make the occurrence.
        var occurrence = quote.TryGetValue("total", out var total) ? $"{rfqId}:{total}:{quote["valid_until"]}" : rfqId.ToString();
        await notifier.NotifyAsync(new Occurrence(eventName, occurrence, payload, new Parties(BuyerUserId: buyerUserId, CompanyId: companyId, MerchantId: merchantId), links),
            cancellationToken);
    }
}
