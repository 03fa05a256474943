namespace SaaS.Merchants.Staff;

/// <summary>Every merchant permission the enabled modules declare, and what each role template grants.</summary>
public sealed class MerchantPermissionCatalog(IEnumerable<IMerchantPermissionProvider> providers)
{
    public IReadOnlyList<MerchantPermission> All { get; } =
        providers.SelectMany(p => p.Permissions).DistinctBy(p => p.Name).OrderBy(p => p.Category).ThenBy(p => p.Name).ToList();

    public bool Exists(string name) => All.Any(p => p.Name == name);

    public IReadOnlySet<string> GrantedBy(MerchantRole role) => role.Template is { } template
        ? All.Where(p => p.Templates.Contains(template)).Select(p => p.Name).ToHashSet()
        : role.Permissions.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(Exists).ToHashSet();
}
