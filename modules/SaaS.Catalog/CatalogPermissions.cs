using SaaS.Merchants;
using SaaS.Security;

namespace SaaS.Catalog;

/// <summary>The operator's catalog permissions.</summary>
public sealed class CatalogPermissions : IPermissionProvider
{
    public static readonly Permission ManageCatalog = new("ManageCatalog", "Edit categories and attributes, set catalog rules", "Catalog");
    public static readonly Permission ReviewProducts = new("ReviewProducts", "Approve or reject products waiting for review", "Catalog");

    public IEnumerable<Permission> Permissions => [ManageCatalog, ReviewProducts];
}
