using Microsoft.AspNetCore.Http;
using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>
/// Inside a tenant request the base is the request's own; during a launch (a recipe inviting sample merchants)
/// the request is the operator's, so the tenant's prefix or first host name goes on the operator's scheme and host.
/// </summary>
public sealed class TenantLinks(TenantScope scope, IHttpContextAccessor http) : ITenantLinks
{
    public string SiteUrl()
    {
        var context = http.HttpContext;
        if (context is null || !scope.IsSet) return "";
        var request = context.Request;
        var settings = scope.Settings;
        if (context.GetTenantShell()?.Name == settings.Name) return $"{request.Scheme}://{request.Host}{request.PathBase}";
        if (settings.UrlPrefix is not null) return $"{request.Scheme}://{request.Host}/{settings.UrlPrefix}";
        var hostName = settings.HostNames.FirstOrDefault(h => !h.StartsWith('*'));
        var port = request.Host.Port is { } p ? $":{p}" : "";
        return hostName is null ? "" : $"{request.Scheme}://{hostName}{port}";
    }
}
