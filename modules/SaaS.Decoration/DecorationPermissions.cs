using SaaS.Merchants;
using SaaS.Security;

namespace SaaS.Decoration;

/// <summary>The operator's right to compose the marketplace's own pages.</summary>
public sealed class DecorationPermissions : IPermissionProvider
{
    public static readonly Permission ManagePages = new("ManagePages", "Compose and publish the marketplace home and its pages", "Storefront");

    public IEnumerable<Permission> Permissions => [ManagePages];
}

/// <summary>A merchant's staff's right to decorate the shop.</summary>
public sealed class MerchantDecorationPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission DecorateShop = new("shop.decorate", "Compose, publish and roll back the shop's pages and its look; read inquiries", "Shop",
        MerchantRoleTemplates.ProductManager, MerchantRoleTemplates.CustomerService);

    public IEnumerable<MerchantPermission> Permissions => [DecorateShop];
}
