using SaaS.Security;

namespace SaaS.Admin;

public sealed class AdminPermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the marketplace admin", "Admin");

    public IEnumerable<Permission> Permissions => [AccessAdmin];
}
