using SaaS.Security;

namespace SaaS.Companies;

public sealed class CompanyPermissions : IPermissionProvider
{
    public static readonly Permission ManageCompanies = new("ManageCompanies", "Verify buyer companies and change the company settings", "Companies");

    public IEnumerable<Permission> Permissions => [ManageCompanies];
}
