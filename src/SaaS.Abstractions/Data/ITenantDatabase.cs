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

    Task<ITenantTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}
