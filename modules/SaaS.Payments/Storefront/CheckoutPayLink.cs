using SaaS.Orders;

namespace SaaS.Payments.Storefront;

/// <summary>The order pages' "Pay now": the checkout's payment page.</summary>
public sealed class CheckoutPayLink : IPaymentLinkSource
{
    public string FeatureId => Manifest.PaymentsFeature;

    public string PayPath(Guid checkoutId) => $"{PaymentPages.CheckoutPath}/{checkoutId}";
}
