using SaaS.Security;

namespace SaaS.Merchants;

/// <summary>What the marketplace operator's roles may do with merchants.</summary>
public sealed class MerchantPermissions : IPermissionProvider
{
    public static readonly Permission ReviewApplications = new("ReviewMerchantApplications", "Review, approve and reject merchant applications", "Merchants");
    public static readonly Permission ManageMerchants = new("ManageMerchants", "Suspend and reinstate merchants, record deposits, edit the agreement and requirements", "Merchants");

    public IEnumerable<Permission> Permissions => [ReviewApplications, ManageMerchants];
}
