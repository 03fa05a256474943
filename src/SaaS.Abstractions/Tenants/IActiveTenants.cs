using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Tenants;

/// <summary>
/// The running tenants whose state this process holds right now. Per-node background work (a search index
/// catching up) visits these only, so it never wakes an idle tenant nor keeps one from being released.
/// </summary>
public interface IActiveTenants
{
    IReadOnlyList<string> Names { get; }

    /// <summary>A DI scope bound to the tenant, or null when it is no longer running or active here. Does not count as a visit.</summary>
    AsyncServiceScope? CreateScope(string name);
}
