namespace SaaS.Identity;

public sealed record RolePermissionRow(string Name, string Description, string Category, bool Granted);
