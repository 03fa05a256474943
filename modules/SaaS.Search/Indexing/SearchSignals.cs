using System.Collections.Concurrent;

namespace SaaS.Search.Indexing;

/// <summary>
/// Tenants this node has just written indexing tasks for. The worker looks at them on every short tick for a few
/// seconds (the writer's transaction may commit a moment after the mark), and at the others only on its sweep.
/// </summary>
public sealed class SearchSignals(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, long> until = new(StringComparer.Ordinal);

    public void Mark(string tenant) => until[tenant] = clock.GetTimestamp() + (long)(Window.TotalSeconds * clock.TimestampFrequency);

    public bool IsMarked(string tenant)
    {
        if (!until.TryGetValue(tenant, out var deadline)) return false;
        if (clock.GetTimestamp() < deadline) return true;
        until.TryRemove(new KeyValuePair<string, long>(tenant, deadline));
        return false;
    }
}
