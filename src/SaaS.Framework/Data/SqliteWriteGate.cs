using System.Collections.Concurrent;
using SaaS.Problems;

namespace SaaS.Data;

/// <summary>
/// SQLite lets one writer in at a time, and Microsoft.Data.Sqlite makes the others retry in blocking 150 ms sleeps,
/// so a few concurrent checkouts turned into latency cliffs. Within this process, transactions on one database file
/// queue here instead, in arrival order and without holding a thread; another process writing the same file (a
/// second node on a shared disk) still meets SQLite's own locking.
/// </summary>
public sealed class SqliteWriteGate
{
    /// <summary>As long as SQLite itself would wait for a busy database (the connection's default timeout).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the file's turn; disposing the answer lets the next writer in.</summary>
    public async Task<IDisposable> EnterAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(databaseFile, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(Patience, cancellationToken))
        {
            throw new ConflictException("database", "The marketplace is too busy to save this now; try again in a moment.");
        }
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
