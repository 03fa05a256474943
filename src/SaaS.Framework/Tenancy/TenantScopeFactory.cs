using Microsoft.Extensions.DependencyInjection;
using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>Creates DI scopes bound to one tenant, for work outside a request.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    public AsyncServiceScope Create(TenantSettings settings, ITenant tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(settings, tenant);
        return scope;
    }
}
