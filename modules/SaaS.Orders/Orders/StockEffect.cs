namespace SaaS.Orders.Orders;

/// <summary>What a transition does to the order's stock in the catalog.</summary>
public enum StockEffect
{
    None,
    Release,
    Commit,
    Restore,
}
