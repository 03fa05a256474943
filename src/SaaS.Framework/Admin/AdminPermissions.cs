using SaaS.Security;

namespace SaaS.Admin;

public sealed class AdminPermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = AdminAccess.Permission;

    public IEnumerable<Permission> Permissions => [AccessAdmin];
}
