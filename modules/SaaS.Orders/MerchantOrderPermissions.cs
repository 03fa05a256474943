using SaaS.Merchants;

namespace SaaS.Orders;

/// <summary>What a merchant's staff may do with the merchant's orders.</summary>
public sealed class MerchantOrderPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission ViewOrders = new("orders.view", "See the merchant's orders and their timelines", "Orders",
        MerchantRoleTemplates.OrderClerk, MerchantRoleTemplates.Finance, MerchantRoleTemplates.CustomerService);
    public static readonly MerchantPermission FulfilOrders = new("orders.fulfil", "Process orders and record shipments", "Orders",
        MerchantRoleTemplates.OrderClerk);
    public static readonly MerchantPermission HandleAfterSales = new("orders.after-sales", "Accept or reject returns and refunds, record returns received", "Orders",
        MerchantRoleTemplates.OrderClerk, MerchantRoleTemplates.CustomerService);

    public IEnumerable<MerchantPermission> Permissions => [ViewOrders, FulfilOrders, HandleAfterSales];
}
