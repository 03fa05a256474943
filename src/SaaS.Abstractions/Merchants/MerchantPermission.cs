namespace SaaS.Merchants;

/// <summary>
/// Something a merchant's staff may be allowed to do inside their own merchant (edit products, ship orders,
/// read statements). Modules declare theirs; <paramref name="Templates"/> names the role templates
/// (<see cref="MerchantRoleTemplates"/>) that grant it out of the box.
/// </summary>
public sealed record MerchantPermission(string Name, string Description, string Category, params string[] Templates);
