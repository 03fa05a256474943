using SaaS.Catalog.Events;
using SaaS.Events;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;

namespace SaaS.Messaging.Sources;

/// <summary>The catalog's low-stock warnings as messages to the merchant.</summary>
public sealed class StockMessages(Notifier notifier, Parts parts) : IEventHandler<StockRunningLow>
{
    public async Task HandleAsync(StockRunningLow low, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["merchant"] = await parts.MerchantAsync(low.MerchantId, cancellationToken),
            ["sku"] = new Dictionary<string, object?> { ["code"] = low.SkuCode, ["product"] = low.ProductTitle, ["available"] = low.Available, ["alert"] = low.Alert },
        };
        // The catalog announces each crossing once, so each announcement is its own occurrence.
        await notifier.NotifyAsync(new Occurrence("stock.low", $"{low.SkuId}:{Guid.CreateVersion7():N}", payload, new Parties(MerchantId: low.MerchantId),
            new Dictionary<string, string> { [Audiences.MerchantTeam] = $"/merchant/products/{low.ProductId}", [Audiences.Operators] = "/admin" }), cancellationToken);
    }
}
