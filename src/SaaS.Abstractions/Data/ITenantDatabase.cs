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

    /// <summary>
    /// Runs <paramref name="action"/> once the scope's transaction has committed (at once when none is open), never
    /// after a rollback: how a change hands work to the outside world (a refund to the card network) only once it is
    /// durable. The action should only queue work; it runs on the committing request.
    /// </summary>
    void AfterCommit(Action action);

    /// <summary>
    /// Runs <paramref name="action"/> inside the scope's transaction just before it commits (at once when none is
    /// open): work that must follow everything else the use case does, such as an order paid on credit only once
    /// the checkout has reserved its stock. A failure there rolls the whole transaction back.
    /// </summary>
    Task BeforeCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken);
}
