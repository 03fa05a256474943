using SaaS.Events;
using SaaS.Merchants.Events;

namespace SaaS.Search.Indexing;

/// <summary>A reinstated merchant's published products come back.</summary>
public sealed class MerchantReinstatedHandler(IndexingTasks tasks) : IEventHandler<MerchantReinstated>
{
    public Task HandleAsync(MerchantReinstated businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Merchant, businessEvent.MerchantId, cancellationToken);
}
