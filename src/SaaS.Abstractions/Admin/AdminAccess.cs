using SaaS.Security;

namespace SaaS.Admin;

public static class AdminAccess
{
    /// <summary>Needed for every page under /admin, on top of the page's own permission.</summary>
    public static readonly Permission Permission = new("AccessAdmin", "Open the marketplace admin", "Admin");
}
