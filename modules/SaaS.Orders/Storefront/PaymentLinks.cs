using SaaS.Tenants;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The "Pay now" link of a checkout while a payments module is on (<see cref="IPaymentLinkSource"/>); null while
/// none is, when orders are paid the way the operator arranges outside the marketplace.
/// </summary>
public sealed class PaymentLinks(IEnumerable<IPaymentLinkSource> sources, ITenant tenant)
{
    public string? PayPath(Guid checkoutId) => sources.FirstOrDefault(s => tenant.IsFeatureEnabled(s.FeatureId))?.PayPath(checkoutId);
}
