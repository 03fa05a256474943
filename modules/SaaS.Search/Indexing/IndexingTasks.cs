using SaaS.Data;
using SaaS.Search.Data;
using SaaS.Tenants;

namespace SaaS.Search.Indexing;

/// <summary>Appends "look again" tasks for every node's index, inside the caller's tenant transaction.</summary>
public sealed class IndexingTasks(SearchDbContext db, ITenantDatabase database, ITenant tenant, SearchSignals signals, TimeProvider clock)
{
    public async Task AppendAsync(IndexingTaskKind kind, Guid? targetId, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Tasks.Add(new IndexingTask { Kind = kind, TargetId = targetId, CreatedUtc = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // This node wrote it: look at the tenant on the next short tick rather than at the next sweep.
        signals.Mark(tenant.Name);
    }
}
