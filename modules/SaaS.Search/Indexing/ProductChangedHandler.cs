using SaaS.Catalog.Events;
using SaaS.Events;

namespace SaaS.Search.Indexing;

public sealed class ProductChangedHandler(IndexingTasks tasks) : IEventHandler<ProductChanged>
{
    public Task HandleAsync(ProductChanged businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Product, businessEvent.ProductId, cancellationToken);
}
