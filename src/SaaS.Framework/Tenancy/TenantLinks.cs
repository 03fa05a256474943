using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>
/// Inside a tenant request the base is the request's own. Elsewhere (a launch from the operator's request, or
/// the demo launched at start-up with no request at all) the tenant's prefix or first host name goes on the
/// operator's scheme and host, or on <see cref="SaaSOptions.PublicUrl"/>, or on the address the host listens on.
/// </summary>
public sealed class TenantLinks(TenantScope scope, IHttpContextAccessor http, SaaSOptions options, IServer server, IConfiguration configuration) : ITenantLinks
{
    public string SiteUrl()
    {
        if (!scope.IsSet) return "";
        var settings = scope.Settings;
        var context = http.HttpContext;
        if (context?.GetTenantShell()?.Name == settings.Name) return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var root = new Uri(context is not null
            ? $"{context.Request.Scheme}://{context.Request.Host}"
            : options.PublicUrl ?? ListeningAddress());
        if (settings.UrlPrefix is not null) return $"{root.GetLeftPart(UriPartial.Authority)}/{settings.UrlPrefix}";
        var hostName = settings.HostNames.FirstOrDefault(h => !h.StartsWith('*'));
        return hostName is null ? "" : $"{root.Scheme}://{hostName}{(root.IsDefaultPort ? "" : $":{root.Port}")}";
    }

    /// <summary>
    /// The first address Kestrel listens on, with a wildcard host made reachable. Before the server has bound (the
    /// demo launches first) that is the configured <c>urls</c>, else Kestrel's default.
    /// </summary>
    private string ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? "http://localhost:5000";
        return address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
    }
}
