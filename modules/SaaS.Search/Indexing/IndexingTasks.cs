using SaaS.Data;
using SaaS.Search.Data;
using SaaS.Tenants;

namespace SaaS.Search.Indexing;

/// <summary>Appends "look again" tasks for every node's index, inside the caller's tenant transaction.</summary>
public sealed class IndexingTasks(SearchDbContext db, ITenantDatabase database, ITenant tenant, SearchSignals signals, TimeProvider clock)
{
    public Task AppendAsync(IndexingTaskKind kind, Guid? targetId, CancellationToken cancellationToken) => AppendManyAsync(kind, [targetId], cancellationToken);

    /// <summary>One task per target, saved together: a batch of products costs one write, not one each.</summary>
    public async Task AppendManyAsync(IndexingTaskKind kind, IReadOnlyList<Guid?> targetIds, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.Tasks.AddRange(targetIds.Select(id => new IndexingTask { Kind = kind, TargetId = id, CreatedUtc = now }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // This node wrote it: look at the tenant on the next short tick rather than at the next sweep.
        signals.Mark(tenant.Name);
    }
}
