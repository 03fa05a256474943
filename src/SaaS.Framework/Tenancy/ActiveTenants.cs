using Microsoft.Extensions.DependencyInjection;
using SaaS.Tenants;

namespace SaaS.Tenancy;

public sealed class ActiveTenants(TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes) : IActiveTenants
{
    public IReadOnlyList<string> Names =>
        catalog.All.Where(t => t.State == TenantState.Running && shells.IsActive(t.Name)).Select(t => t.Name).ToList();

    public AsyncServiceScope? CreateScope(string name)
    {
        var settings = catalog.Find(name);
        if (settings is not { State: TenantState.Running } || shells.TryGetActive(name) is not { } shell) return null;
        return scopes.Create(settings, shell);
    }
}
