using SaaS.Catalog;

namespace SaaS.Orders.Carts;

/// <summary>
/// Whether a quantity of a SKU may be ordered, as the cart, the quick order and the checkout all judge it: the
/// error, its status (422 for rules of the product, 409 for stock that is not there) and the line price.
/// </summary>
public static class LineCheck
{
    public static (int Status, string Message)? Problem(OrderableSku? sku, int quantity)
    {
        if (sku is null || !sku.Orderable) return (422, "This SKU is not on sale.");
        if (quantity <= 0) return (422, "The quantity is a whole number above zero.");
        if (sku.QuantityRuleBroken(quantity) is { } broken) return (422, broken);
        if (quantity > sku.Available) return (409, $"Only {Math.Max(0, sku.Available)} {sku.Unit} of {sku.Code} are available.");
        return null;
    }

    public static decimal LineTotal(OrderableSku sku, int quantity) => Checkout.PricedLine.Total(sku.UnitPriceFor(quantity), quantity);
}
