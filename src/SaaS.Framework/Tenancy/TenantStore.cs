using Microsoft.EntityFrameworkCore;

namespace SaaS.Tenancy;

/// <summary>Reads and writes tenant settings in the host database.</summary>
public sealed class TenantStore(IDbContextFactory<HostDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }

    /// <summary>How many times the tenant list has changed, by any process.</summary>
    public async Task<long> ChangesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Changes.Where(c => c.Id == HostChangeCounter.SingletonId).Select(c => c.Changes).SingleAsync(cancellationToken);
    }

    public async Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var exists = await db.Tenants.AnyAsync(t => t.Name == settings.Name, cancellationToken);
        if (exists) db.Tenants.Update(settings);
        else db.Tenants.Add(settings);
        await db.SaveChangesAsync(cancellationToken);
        await CountChangeAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
        await CountChangeAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task CountChangeAsync(HostDbContext db, CancellationToken cancellationToken) =>
        db.Changes.Where(c => c.Id == HostChangeCounter.SingletonId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Changes, x => x.Changes + 1), cancellationToken);
}
