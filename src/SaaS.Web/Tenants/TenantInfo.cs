using SaaS.Tenancy;

namespace SaaS.Web.Tenants;

/// <summary>A tenant as the operator sees it; never carries its connection string.</summary>
public sealed record TenantInfo(
    string Name,
    string State,
    string Recipe,
    string? UrlPrefix,
    IReadOnlyList<string> HostNames,
    IReadOnlyList<string> Urls,
    string DatabaseProvider,
    DateTimeOffset CreatedUtc,
    int Version,
    bool Active,
    string? Error)
{
    public static TenantInfo From(TenantSettings settings, string baseUrl, ShellHost shells)
    {
        var scheme = new Uri(baseUrl).Scheme;
        var port = new Uri(baseUrl).IsDefaultPort ? "" : ":" + new Uri(baseUrl).Port;
        var urls = new List<string>();
        if (settings.UrlPrefix is not null) urls.Add($"{baseUrl}/{settings.UrlPrefix}/");
        urls.AddRange(settings.HostNames.Where(h => !h.StartsWith('*')).Select(h => $"{scheme}://{h}{port}/"));
        return new TenantInfo(
            settings.Name, settings.State.ToString(), settings.Recipe, settings.UrlPrefix, settings.HostNames, urls,
            settings.DatabaseProvider.ToString(), settings.CreatedUtc, settings.Version, shells.IsActive(settings.Name), settings.Error);
    }
}
