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

    public async Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Tenants.AnyAsync(t => t.Name == settings.Name, cancellationToken);
        if (exists) db.Tenants.Update(settings);
        else db.Tenants.Add(settings);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
    }
}
