using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SaaS.Tenancy;

namespace SaaS.Data;

/// <summary>One connection per scope to the scope's tenant database, shared by every module context.</summary>
public sealed class TenantDatabase(TenantScope scope, DatabaseProviders providers, SqliteWriteGate writeGate) : ITenantDatabase, IAsyncDisposable
{
    private readonly List<DbContext> contexts = [];
    private readonly List<Action> afterCommit = [];
    private readonly Queue<Func<CancellationToken, Task>> beforeCommit = [];
    private DbConnection? connection;
    private DbTransaction? transaction;
    private IDisposable? writeTurn;
    private bool doomed;

    private DbConnection Connection => connection ??= providers.CreateConnection(scope.Settings);

    public void Configure(DbContextOptionsBuilder options, string migrationsHistoryTable) =>
        providers.Configure(options, Connection, migrationsHistoryTable);

    public TContext Enlist<TContext>(TContext context) where TContext : DbContext
    {
        contexts.Add(context);
        if (transaction is not null) context.Database.UseTransaction(transaction);
        return context;
    }

    public void AfterCommit(Action action)
    {
        if (transaction is null) action();
        else afterCommit.Add(action);
    }

    public Task BeforeCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        if (transaction is null) return action(cancellationToken);
        beforeCommit.Enqueue(action);
        return Task.CompletedTask;
    }

    public async Task<ITenantTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        // A use case called from inside another (a recipe step creating merchants) joins the outer transaction, so
        // the whole runs as one; the outer one alone commits.
        if (transaction is not null) return new JoinedTransaction(this);
        doomed = false;
        afterCommit.Clear();
        beforeCommit.Clear();
        if (Connection.State != System.Data.ConnectionState.Open) await Connection.OpenAsync(cancellationToken);
        if (Connection is SqliteConnection sqlite) writeTurn = await writeGate.EnterAsync(sqlite.DataSource, cancellationToken);
        try
        {
            transaction = await Connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            LeaveWriteTurn();
            throw;
        }
        foreach (var context in contexts) await context.Database.UseTransactionAsync(transaction, cancellationToken);
        return new Transaction(this);
    }

    public async ValueTask DisposeAsync()
    {
        // The container has disposed the contexts by now; only the transaction and connection are left.
        contexts.Clear();
        if (transaction is not null) await EndTransactionAsync(commit: false, CancellationToken.None);
        if (connection is not null) await connection.DisposeAsync();
    }

    private async Task EndTransactionAsync(bool commit, CancellationToken cancellationToken)
    {
        // An inner use case that gave up must not have its half-done work committed by a caller that carried on.
        if (commit && doomed) throw new InvalidOperationException("An inner unit of work of this transaction did not complete; it cannot commit.");
        if (commit && beforeCommit.Count > 0)
        {
            try
            {
                // Joined by what they call; an action may queue another (a payment publishing an event), run in turn.
                while (beforeCommit.TryDequeue(out var action)) await action(cancellationToken);
                if (doomed) throw new InvalidOperationException("An inner unit of work run before the commit did not complete; it cannot commit.");
            }
            catch
            {
                await EndTransactionAsync(commit: false, CancellationToken.None);
                throw;
            }
        }
        beforeCommit.Clear();
        var ending = transaction!;
        transaction = null;
        var committed = false;
        try
        {
            if (commit) await ending.CommitAsync(cancellationToken);
            else await ending.RollbackAsync(cancellationToken);
            committed = commit;
        }
        finally
        {
            foreach (var context in contexts) await context.Database.UseTransactionAsync(null, CancellationToken.None);
            await ending.DisposeAsync();
            LeaveWriteTurn();
        }
        var actions = afterCommit.ToList();
        afterCommit.Clear();
        if (committed) actions.ForEach(a => a());
    }

    private void LeaveWriteTurn()
    {
        writeTurn?.Dispose();
        writeTurn = null;
    }

    private sealed class Transaction(TenantDatabase database) : ITenantTransaction
    {
        private bool ended;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            ended = true;
            await database.EndTransactionAsync(commit: true, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (ended) return;
            ended = true;
            await database.EndTransactionAsync(commit: false, CancellationToken.None);
        }
    }

    private sealed class JoinedTransaction(TenantDatabase database) : ITenantTransaction
    {
        private bool completed;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            completed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!completed) database.doomed = true;
            return ValueTask.CompletedTask;
        }
    }
}
