namespace SaaS.Tenancy;

/// <summary>Endpoint metadata: answers only inside a tenant.</summary>
public sealed class TenantEndpoint
{
    public static readonly TenantEndpoint Instance = new();

    private TenantEndpoint()
    {
    }
}
