namespace SaaS.Identity;

/// <summary>A role with every declared permission and whether the role grants it. Administrators hold all, fixed.</summary>
public sealed record RoleRow(string Name, IReadOnlyList<RolePermissionRow> Permissions, bool Editable);
