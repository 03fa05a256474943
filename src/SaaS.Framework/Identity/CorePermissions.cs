using SaaS.Security;

namespace SaaS.Identity;

/// <summary>Permissions of the framework itself.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", "Site");
    public static readonly Permission ManageSettings = new("ManageSettings", "Change site settings", "Site");
    public static readonly Permission ManageUsers = new("ManageUsers", "Invite, disable and edit users", "Security");
    public static readonly Permission ManageRoles = new("ManageRoles", "Edit roles and their permissions", "Security");
    public static readonly Permission RunRecipes = new("RunRecipes", "Import recipes into the running marketplace", "Site");
    public static readonly Permission ViewAuditLog = new("ViewAuditLog", "Read and search the audit log", "Security");

    public IEnumerable<Permission> Permissions => [ManageFeatures, ManageSettings, ManageUsers, ManageRoles, RunRecipes, ViewAuditLog];
}
