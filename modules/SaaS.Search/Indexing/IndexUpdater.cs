using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Search.Data;
using SaaS.Search.Index;
using SaaS.Tenants;

namespace SaaS.Search.Indexing;

/// <summary>
/// Brings this node's index of the current tenant up to date: rebuilds it from the catalog when it is new, missing,
/// asked to, or behind tasks already pruned, then applies the indexing tasks after its cursor in id order, reading each product's current state.
/// Reads the Catalog's tables without writing them (decision 006).
/// </summary>
public sealed partial class IndexUpdater(
    SearchDbContext search,
    CatalogDbContext catalog,
    CategoryService categories,
    IMerchantDirectory merchants,
    ITenant tenant,
    TenantIndexes indexes,
    SearchOptions options,
    TimeProvider clock,
    ILogger<IndexUpdater> logger)
{
    private const int BatchSize = 500;
    private const int LoadChunk = 500;

    /// <summary>Catches up; true when it stopped at a hole in the task ids that may still fill, so it should look again soon.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        var index = indexes.Get(tenant);
        await index.Gate.WaitAsync(cancellationToken);
        try
        {
            var pruned = await search.Horizons.MaxAsync(p => (long?)p.PrunedThrough, cancellationToken) ?? 0;
            if (index.NeedsRebuild || index.Cursor < pruned) await RebuildAsync(index, cancellationToken);
            while (true)
            {
                var cursor = index.Cursor;
                var tasks = await search.Tasks.AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
                if (tasks.Count == 0) break;
                if (tasks.Any(t => t.Kind == IndexingTaskKind.Reindex))
                {
                    await RebuildAsync(index, cancellationToken);
                    continue;
                }
                var next = Advance(cursor, tasks);
                await ApplyAsync(index, tasks, next, cancellationToken);
                if (next < tasks[^1].Id) return true;
                if (tasks.Count < BatchSize) break;
            }
            index.CaughtUp = true;
            return false;
        }
        finally
        {
            index.Gate.Release();
        }
    }

    /// <summary>
    /// How far the cursor may move: over consecutive ids, and over a hole only once the task after it is older than
    /// the grace period. A hole is a transaction that took an id and has not committed yet (PostgreSQL hands ids out
    /// before commit) or never will; moving past it early would skip its task for good.
    /// </summary>
    private long Advance(long cursor, IReadOnlyList<IndexingTask> tasks)
    {
        var settled = clock.GetUtcNow() - options.GapGrace;
        foreach (var task in tasks)
        {
            if (task.Id != cursor + 1 && task.CreatedUtc > settled) break;
            cursor = task.Id;
        }
        return cursor;
    }

    /// <summary>Writes a task that makes every node rebuild its index; this node does it at once.</summary>
    public async Task<int> ReindexAsync(IndexingTasks tasks, CancellationToken cancellationToken)
    {
        await tasks.AppendAsync(IndexingTaskKind.Reindex, null, cancellationToken);
        await CatchUpAsync(cancellationToken);
        return indexes.Get(tenant).DocumentCount;
    }

    private async Task RebuildAsync(TenantIndex index, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        // Tasks up to here are covered by the catalog as read below; later ones are applied afterwards (twice is harmless).
        var cursor = Math.Max(
            await search.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0,
            await search.Horizons.MaxAsync(p => (long?)p.PrunedThrough, cancellationToken) ?? 0);
        var active = await merchants.ActiveAsync(cancellationToken);
        var snapshot = await categories.SnapshotAsync(cancellationToken);
        var ids = await catalog.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).Select(p => new { p.Id, p.MerchantId }).ToListAsync(cancellationToken);
        index.DeleteAll();
        var count = 0;
        foreach (var chunk in ids.Where(p => active.Contains(p.MerchantId)).Select(p => p.Id).Chunk(LoadChunk))
        {
            foreach (var product in await LoadAsync(chunk, cancellationToken))
            {
                if (product.Status != ProductStatus.Published) continue;
                index.Upsert(product.Id.ToString(), ProductDocuments.Build(product, snapshot));
                count++;
            }
        }
        index.Commit(cursor);
        // A rebuild often follows a renamed or moved category: labels and flags are read again with it.
        index.Lookups = null;
        Rebuilt(logger, tenant.Name, count, clock.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task ApplyAsync(TenantIndex index, IReadOnlyList<IndexingTask> tasks, long cursor, CancellationToken cancellationToken)
    {
        var active = await merchants.ActiveAsync(cancellationToken);
        var snapshot = await categories.SnapshotAsync(cancellationToken);
        foreach (var merchantId in tasks.Where(t => t.Kind == IndexingTaskKind.Merchant && t.TargetId is not null).Select(t => t.TargetId!.Value).Distinct())
        {
            index.Delete(IndexFields.Merchant, merchantId.ToString());
            if (!active.Contains(merchantId)) continue;
            var ids = await catalog.Products.AsNoTracking().Where(p => p.MerchantId == merchantId && p.Status == ProductStatus.Published).Select(p => p.Id).ToListAsync(cancellationToken);
            foreach (var chunk in ids.Chunk(LoadChunk))
            {
                foreach (var product in await LoadAsync(chunk, cancellationToken)) index.Upsert(product.Id.ToString(), ProductDocuments.Build(product, snapshot));
            }
        }
        var productIds = tasks.Where(t => t.Kind == IndexingTaskKind.Product && t.TargetId is not null).Select(t => t.TargetId!.Value).Distinct().ToList();
        foreach (var chunk in productIds.Chunk(LoadChunk))
        {
            var found = (await LoadAsync(chunk, cancellationToken)).ToDictionary(p => p.Id);
            foreach (var id in chunk)
            {
                // Only what buyers may see is indexed: anything else (draft, in review, delisted, gone, merchant suspended) leaves.
                if (found.TryGetValue(id, out var product) && product.Status == ProductStatus.Published && active.Contains(product.MerchantId))
                {
                    index.Upsert(id.ToString(), ProductDocuments.Build(product, snapshot));
                }
                else
                {
                    index.Delete(IndexFields.Id, id.ToString());
                }
            }
        }
        index.Commit(cursor);
        index.Lookups = null;
        Applied(logger, tenant.Name, tasks.Count, cursor);
    }

    private Task<List<Product>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        catalog.Products.AsNoTracking().Include(p => p.Skus).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);

    [LoggerMessage(LogLevel.Information, "Search index of {TenantName} rebuilt with {DocumentCount} products in {ElapsedMs} ms")]
    private static partial void Rebuilt(ILogger logger, string tenantName, int documentCount, double elapsedMs);

    [LoggerMessage(LogLevel.Debug, "Search index of {TenantName} applied {TaskCount} tasks up to {Cursor}")]
    private static partial void Applied(ILogger logger, string tenantName, int taskCount, long cursor);
}
