using SaaS.Catalog.Events;
using SaaS.Events;

namespace SaaS.Search.Indexing;

public sealed class ProductChangedHandler(IndexingTasks tasks) : IEventHandler<ProductChanged>, IEventHandler<ProductsCreated>
{
    public Task HandleAsync(ProductChanged businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Product, businessEvent.ProductId, cancellationToken);

    public Task HandleAsync(ProductsCreated businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendManyAsync(IndexingTaskKind.Product, businessEvent.ProductIds.Select(id => (Guid?)id).ToList(), cancellationToken);
}
