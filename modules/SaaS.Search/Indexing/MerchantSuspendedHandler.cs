using SaaS.Events;
using SaaS.Merchants.Events;

namespace SaaS.Search.Indexing;

/// <summary>A suspended merchant's products leave the index.</summary>
public sealed class MerchantSuspendedHandler(IndexingTasks tasks) : IEventHandler<MerchantSuspended>
{
    public Task HandleAsync(MerchantSuspended businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Merchant, businessEvent.MerchantId, cancellationToken);
}
