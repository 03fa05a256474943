using SaaS.Merchants;

namespace SaaS.Catalog;

/// <summary>What a merchant's staff may do with the merchant's products.</summary>
public sealed class MerchantCatalogPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission ViewProducts = new("catalog.products.view", "See the merchant's products, drafts included", "Catalog",
        MerchantRoleTemplates.ProductManager, MerchantRoleTemplates.OrderClerk, MerchantRoleTemplates.CustomerService);
    public static readonly MerchantPermission ManageProducts = new("catalog.products.manage", "Create and edit products, prices and stock; publish and delist", "Catalog",
        MerchantRoleTemplates.ProductManager);

    public IEnumerable<MerchantPermission> Permissions => [ViewProducts, ManageProducts];
}
