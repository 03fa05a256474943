using SaaS.Security;

namespace SaaS.Identity;

/// <summary>Every permission the installed modules declare, by name.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    public const string ClaimType = "Permission";

    private readonly Dictionary<string, Permission> permissions =
        providers.SelectMany(p => p.Permissions).ToDictionary(p => p.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<Permission> All => permissions.Values;

    public bool Exists(string name) => permissions.ContainsKey(name);
}
