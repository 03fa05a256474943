using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>
/// Scoped: which tenant this DI scope works for. Set by tenant resolution for requests and by
/// <see cref="TenantScopeFactory"/> for setup, activation and jobs.
/// </summary>
public sealed class TenantScope
{
    private TenantSettings? settings;
    private ITenant? tenant;

    public bool IsSet => settings is not null;

    public TenantSettings Settings => settings ?? throw new InvalidOperationException("No tenant in this scope.");

    public ITenant Tenant => tenant ?? throw new InvalidOperationException("No tenant in this scope.");

    public void Set(TenantSettings tenantSettings, ITenant current)
    {
        if (settings is not null && settings.Name != tenantSettings.Name)
        {
            throw new InvalidOperationException($"This scope already belongs to tenant '{settings.Name}'.");
        }
        settings = tenantSettings;
        tenant = current;
    }
}
