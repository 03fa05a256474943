using SaaS.Catalog.Events;
using SaaS.Events;

namespace SaaS.Search.Indexing;

/// <summary>
/// Who may see a category's products is filtered at query time from the lookups: every node reads them again when it
/// applies this task, which it reads only once the change has committed.
/// </summary>
public sealed class CategoryVisibilityChangedHandler(IndexingTasks tasks) : IEventHandler<CategoryVisibilityChanged>
{
    public Task HandleAsync(CategoryVisibilityChanged businessEvent, CancellationToken cancellationToken) =>
        tasks.AppendAsync(IndexingTaskKind.Lookups, businessEvent.CategoryId, cancellationToken);
}
