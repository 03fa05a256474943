namespace SaaS.Jobs;

/// <summary>
/// Runs a piece of work later, outside the request that asked for it, in a fresh DI scope of the same tenant
/// (its database, files and settings): an import of a large file, a report. Work items run a few at a time
/// across all tenants, in the order queued. The queue lives in memory: work still queued or running when the
/// host stops is lost, so the work should record its own state (queued, running, done) where a user can see it
/// and mark itself failed when <paramref name="work"/>'s token is cancelled.
/// </summary>
public interface IBackgroundWork
{
    /// <param name="name">What the work is, for logs (e.g. <c>product-import 0197…</c>).</param>
    /// <param name="work">Receives the tenant scope's services and the host's stopping token.</param>
    void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work);
}
