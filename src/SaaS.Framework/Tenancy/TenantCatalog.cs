using SaaS.Problems;

namespace SaaS.Tenancy;

/// <summary>
/// Every tenant's settings held in memory, with lookups by name, host name and URL prefix.
/// Readers see an immutable snapshot; writers replace it under a lock, after the host store has the change.
/// </summary>
public sealed class TenantCatalog(TenantStore store)
{
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private volatile Snapshot current = Snapshot.Empty;
    private long loadedChanges = -1;

    public IReadOnlyCollection<TenantSettings> All => current.ByName.Values.ToList();

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            loadedChanges = await store.ChangesAsync(cancellationToken);
            current = Snapshot.Of(await store.LoadAllAsync(cancellationToken));
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Reloads when another process (the CLI, another node) changed the tenant list; true if it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        if (await store.ChangesAsync(cancellationToken) == Interlocked.Read(ref loadedChanges)) return false;
        await LoadAsync(cancellationToken);
        return true;
    }

    public TenantSettings? Find(string name) => current.ByName.GetValueOrDefault(name);

    /// <summary>Host name first (exact, then the nearest <c>*.</c> wildcard), then the first path segment.</summary>
    public TenantSettings? ResolveHost(string host)
    {
        var snapshot = current;
        host = host.ToLowerInvariant();
        if (snapshot.ByHost.TryGetValue(host, out var exact)) return exact;
        for (var dot = host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.', dot + 1))
        {
            if (snapshot.ByHost.TryGetValue("*" + host[dot..], out var wildcard)) return wildcard;
        }
        return null;
    }

    public TenantSettings? ResolvePrefix(string segment) => current.ByPrefix.GetValueOrDefault(segment);

    /// <summary>
    /// Applies a change to one tenant atomically: <paramref name="change"/> sees the latest settings (null if new),
    /// returns the new ones (null to delete); the store is written before readers see the change.
    /// </summary>
    public async Task<TenantSettings?> UpdateAsync(
        string name,
        Func<TenantSettings?, Snapshot, TenantSettings?> change,
        CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var snapshot = current;
            var before = snapshot.ByName.GetValueOrDefault(name);
            var after = change(before, snapshot);
            if (after is not null) await store.SaveAsync(after, cancellationToken);
            else if (before is not null) await store.DeleteAsync(name, cancellationToken);
            if (after is not null || before is not null) Interlocked.Increment(ref loadedChanges);
            var tenants = snapshot.ByName.Values.Where(t => t.Name != name).ToList();
            if (after is not null) tenants.Add(after);
            current = Snapshot.Of(tenants);
            return after;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Marks the tenant's cached state stale in every process that holds it.</summary>
    public Task<TenantSettings?> BumpVersionAsync(string name, CancellationToken cancellationToken) =>
        UpdateAsync(name, (latest, _) => latest is null ? null : latest with { Version = latest.Version + 1 }, cancellationToken);

    public TenantSettings Get(string name) =>
        Find(name) ?? throw new NotFoundException("name", $"There is no tenant named '{name}'.");

    // Plain dictionaries: a snapshot is rebuilt on every tenant change, and frozen ones cost more to build than they save.
    public sealed record Snapshot(
        IReadOnlyDictionary<string, TenantSettings> ByName,
        IReadOnlyDictionary<string, TenantSettings> ByHost,
        IReadOnlyDictionary<string, TenantSettings> ByPrefix)
    {
        public static readonly Snapshot Empty = Of([]);

        public static Snapshot Of(IEnumerable<TenantSettings> tenants)
        {
            var list = tenants.ToList();
            return new Snapshot(
                list.ToDictionary(t => t.Name),
                list.SelectMany(t => t.HostNames.Select(h => (Host: h, Tenant: t))).ToDictionary(x => x.Host, x => x.Tenant),
                list.Where(t => t.UrlPrefix is not null).ToDictionary(t => t.UrlPrefix!, t => t));
        }
    }
}
