using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using SaaS.Data;
using SaaS.Identity;

namespace SaaS.Tenancy;

/// <summary>The field rules of a launch request, checked before anything is written.</summary>
public static partial class TenantRequestRules
{
    /// <summary>First path segments the host itself answers under; no tenant may take them.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "console", "health", "admin", "openapi", "scalar", "static", "assets", "css", "js", "lib", "images",
        "img", "fonts", "themes", "media", "favicon.ico", "robots.txt", "sitemap.xml", "_content", "_framework",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    public static partial Regex NamePattern();

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex HostNamePattern();

    /// <summary>Every field error of the request (empty when it is valid).</summary>
    public static Dictionary<string, string[]> Check(CreateTenantRequest request, PasswordPolicy passwords)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(request.Name)) Add("name", "'name' is required.");
        else if (!NamePattern().IsMatch(request.Name))
        {
            Add("name", $"'{request.Name}' must match ^[a-z][a-z0-9-]{{1,39}}$: a lower-case letter, then 1 to 39 lower-case letters, digits or hyphens.");
        }
        if (string.IsNullOrWhiteSpace(request.Recipe)) Add("recipe", "'recipe' is required.");
        if (request.UrlPrefix is { } prefix)
        {
            if (!NamePattern().IsMatch(prefix)) Add("urlPrefix", $"'{prefix}' must match ^[a-z][a-z0-9-]{{1,39}}$.");
            if (ReservedPrefixes.Contains(prefix)) Add("urlPrefix", $"'{prefix}' is reserved by the host.");
        }
        else if (request.HostNames is not { Count: > 0 } && request.Name is { } name && ReservedPrefixes.Contains(name))
        {
            Add("name", $"'{name}' is reserved by the host; pick another name or give a urlPrefix or hostNames.");
        }
        foreach (var (host, index) in (request.HostNames ?? []).Select((h, i) => (h, i)))
        {
            if (string.IsNullOrWhiteSpace(host) || host.Length > 253 || !HostNamePattern().IsMatch(host.ToLowerInvariant()))
            {
                Add($"hostNames[{index}]", $"'{host}' is not a host name (e.g. mro.example.com or *.example.com).");
            }
        }
        if (string.IsNullOrWhiteSpace(request.AdminEmail)) Add("adminEmail", "'adminEmail' is required.");
        else if (!new EmailAddressAttribute().IsValid(request.AdminEmail)) Add("adminEmail", $"'{request.AdminEmail}' is not an e-mail address.");
        if (!passwords.Accepts(request.AdminPassword)) Add("adminPassword", "The password is too weak. " + passwords.Description);
        if (request.DatabaseProvider is { } provider && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
        {
            Add("databaseProvider", $"'{provider}' is not a database provider; use Sqlite or Postgres.");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
