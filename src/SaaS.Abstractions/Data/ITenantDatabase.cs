using Microsoft.EntityFrameworkCore;

namespace SaaS.Data;

/// <summary>
/// The current tenant's database connection. Every module context of one scope shares it, and joins the
/// scope's transaction, so a use case spanning modules commits or rolls back as one.
/// </summary>
public interface ITenantDatabase
{
    void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable);

    TContext Enlist<TContext>(TContext context) where TContext : DbContext;

    /// <summary>Begins the scope's transaction, or joins it when one is open: then only the outer one commits.</summary>
    Task<ITenantTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}
