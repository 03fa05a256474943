using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SaaS.Tenants;

namespace SaaS.Search.Index;

/// <summary>The indexes this node holds open, one per tenant, at <c>{tenant files}/Lucene</c>.</summary>
public sealed class TenantIndexes(SearchAnalyzers analyzers, ILogger<TenantIndexes> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantIndex>> open = new(StringComparer.Ordinal);

    public static string PathFor(ITenant tenant) => Path.Combine(tenant.FilesPath, "Lucene");

    public IReadOnlyCollection<string> OpenNames => open.Keys.ToList();

    public TenantIndex Get(ITenant tenant)
    {
        while (true)
        {
            var lazy = open.GetOrAdd(tenant.Name, _ => new Lazy<TenantIndex>(() => TenantIndex.Open(PathFor(tenant), analyzers, logger)));
            try
            {
                return lazy.Value;
            }
            catch
            {
                open.TryRemove(new KeyValuePair<string, Lazy<TenantIndex>>(tenant.Name, lazy));
                throw;
            }
        }
    }

    public TenantIndex? Find(string name) => open.TryGetValue(name, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;

    /// <summary>Closes a tenant's index (idle tenant, feature off, folder gone); the next use opens it again.</summary>
    public void Close(string name)
    {
        if (!open.TryRemove(name, out var lazy) || !lazy.IsValueCreated) return;
        var index = lazy.Value;
        // Wait for a writer in progress, so its commit is not cut off half-way.
        index.Gate.Wait();
        index.Dispose();
    }

    public void Dispose()
    {
        foreach (var name in open.Keys) Close(name);
    }
}
