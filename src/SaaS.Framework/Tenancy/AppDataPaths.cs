namespace SaaS.Tenancy;

/// <summary>Where the host and each tenant keep their files.</summary>
public sealed class AppDataPaths(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string HostDatabase => Path.Combine(Root, "host.db");

    public string Sites => Path.Combine(Root, "Sites");

    public string TenantFolder(string tenantName) => Path.Combine(Sites, tenantName);

    public string TenantSqliteDatabase(string tenantName) => Path.Combine(TenantFolder(tenantName), "tenant.db");
}
