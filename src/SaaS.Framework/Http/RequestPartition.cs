using Microsoft.AspNetCore.Http;
using SaaS.Tenancy;

namespace SaaS.Http;

public static class RequestPartition
{
    /// <summary>Tenant and client address: rate limits never let one tenant's traffic starve another's.</summary>
    public static string TenantAndClient(HttpContext context) =>
        (context.GetTenantShell()?.Name ?? "-") + "|" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
}
