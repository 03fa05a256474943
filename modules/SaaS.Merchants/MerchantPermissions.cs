using SaaS.Security;

namespace SaaS.Merchants;

public sealed class MerchantPermissions : IPermissionProvider
{
    public static readonly Permission ReviewApplications = new("ReviewMerchantApplications", "Review, approve and reject merchant applications", "Merchants");

    public IEnumerable<Permission> Permissions => [ReviewApplications];
}
