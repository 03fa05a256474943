using SaaS.Merchants;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// What a merchant's staff may do with quote requests. Pricing a deal is a sales decision, not fulfilment: an order
/// clerk who ships may read requests, but quoting is granted apart (customer service by default), so an owner can
/// let sales staff quote without handing them the warehouse, and the reverse.
/// </summary>
public sealed class MerchantRfqPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission ViewRfqs = new("rfqs.view", "See the quote requests buyers sent and their threads", "Quotes",
        MerchantRoleTemplates.OrderClerk, MerchantRoleTemplates.CustomerService, MerchantRoleTemplates.ProductManager);
    public static readonly MerchantPermission QuoteRfqs = new("rfqs.quote", "Quote, decline and answer quote requests", "Quotes",
        MerchantRoleTemplates.CustomerService);

    public IEnumerable<MerchantPermission> Permissions => [ViewRfqs, QuoteRfqs];
}
