using SaaS.Catalog;

namespace SaaS.Orders.Checkout;

/// <summary>
/// A quantity of a SKU at the price it is sold for (the tier price at checkout, the quoted price of an accepted
/// quote), and the request field a shortage of its stock is reported under.
/// </summary>
public sealed record PricedLine(OrderableSku Sku, int Quantity, decimal UnitPrice, string Field)
{
    public decimal LineTotal => Total(UnitPrice, Quantity);

    /// <summary>A line's amount as every order, cart and quote shows it: rounded to the cent, halves away from zero.</summary>
    public static decimal Total(decimal unitPrice, int quantity) => decimal.Round(unitPrice * quantity, 2, MidpointRounding.AwayFromZero);
}
