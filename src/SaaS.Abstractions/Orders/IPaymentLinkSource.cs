namespace SaaS.Orders;

/// <summary>
/// Where a buyer pays the orders of one checkout, offered by a payments module while <see cref="FeatureId"/> is on:
/// the order pages link there ("Pay now") and checkout leads there, without knowing the module.
/// </summary>
public interface IPaymentLinkSource
{
    string FeatureId { get; }

    /// <summary>The storefront path (inside the tenant) that pays the unpaid orders of <paramref name="checkoutId"/>.</summary>
    string PayPath(Guid checkoutId);
}
