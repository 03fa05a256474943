using SaaS.Catalog.Events;
using SaaS.Events;

namespace SaaS.Search.Indexing;

/// <summary>Category names and paths, and which attributes are searched or filtered, live in every document: rebuild.</summary>
public sealed class CatalogStructureChangedHandler(IndexingTasks tasks) : IEventHandler<CatalogStructureChanged>
{
    public Task HandleAsync(CatalogStructureChanged businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Reindex, null, cancellationToken);
}
