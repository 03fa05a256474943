namespace SaaS.Tenancy;

/// <summary>Endpoint metadata: answers only inside a tenant.</summary>
public sealed class TenantEndpoint
{
    public static readonly TenantEndpoint Instance = new();

    private TenantEndpoint()
    {
    }
}

/// <summary>Endpoint metadata: answers only outside any tenant (the operator's host endpoints).</summary>
public sealed class HostEndpoint
{
    public static readonly HostEndpoint Instance = new();

    private HostEndpoint()
    {
    }
}
