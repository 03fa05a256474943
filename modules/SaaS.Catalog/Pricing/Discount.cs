namespace SaaS.Catalog.Pricing;

/// <summary>A price list's discount on one tier price, rounded the way the product page and the order line both show it.</summary>
public static class Discount
{
    public static decimal Apply(decimal unitPrice, decimal percent) =>
        decimal.Round(unitPrice * (100 - percent) / 100, 2, MidpointRounding.AwayFromZero);
}
