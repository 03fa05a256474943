using Microsoft.AspNetCore.Http;

namespace SaaS.Tenancy;

public static class HttpContextTenantExtensions
{
    /// <summary>The tenant this request was resolved to, or null on host endpoints.</summary>
    public static TenantShell? GetTenantShell(this HttpContext context) => context.Features.Get<TenantShell>();
}
