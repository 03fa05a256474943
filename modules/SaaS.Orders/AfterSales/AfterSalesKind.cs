namespace SaaS.Orders.AfterSales;

/// <summary>A return sends goods back before the refund; a refund-only request (damaged, missing) keeps them.</summary>
public enum AfterSalesKind
{
    Return,
    Refund,
}
