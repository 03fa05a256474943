using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Search.Data;

namespace SaaS.Search.Indexing;

/// <summary>
/// Deletes indexing tasks older than <see cref="SearchOptions.TaskRetention"/> and records how far, in one
/// transaction. Every node that is up has applied them long before; one that was down longer rebuilds.
/// </summary>
public sealed class IndexingTaskPruning(SearchOptions options, TimeProvider clock) : ITenantJob
{
    // The creation times are compared here, not in SQL: SQLite cannot compare DateTimeOffset columns.
    private const int Chunk = 1000;

    public string Name => "search-task-pruning";

    public string? FeatureId => Manifest.SearchFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<SearchDbContext>();
        var database = tenantServices.GetRequiredService<ITenantDatabase>();
        var cutoff = clock.GetUtcNow() - options.TaskRetention;
        // The newest task always stays, so the ids never restart and a cursor never points past the table.
        var newest = await db.Tasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var through = await db.Horizons.MaxAsync(p => (long?)p.PrunedThrough, cancellationToken) ?? 0;
        while (true)
        {
            var from = through;
            var chunk = await db.Tasks.AsNoTracking().Where(t => t.Id > from && t.Id < newest).OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.CreatedUtc }).Take(Chunk).ToListAsync(cancellationToken);
            var expired = chunk.TakeWhile(t => t.CreatedUtc < cutoff).ToList();
            if (expired.Count == 0) return;
            var last = expired[^1].Id;
            await using (var transaction = await database.BeginTransactionAsync(cancellationToken))
            {
                db.Horizons.Add(new IndexingPrune { PrunedThrough = last, PrunedUtc = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
                await db.Tasks.Where(t => t.Id <= last).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            through = last;
            if (expired.Count < chunk.Count || chunk.Count < Chunk) return;
        }
    }
}
