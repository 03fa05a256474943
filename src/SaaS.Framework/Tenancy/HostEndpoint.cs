namespace SaaS.Tenancy;

/// <summary>Endpoint metadata: answers only outside any tenant (the operator's host endpoints).</summary>
public sealed class HostEndpoint
{
    public static readonly HostEndpoint Instance = new();

    private HostEndpoint()
    {
    }
}
