namespace SaaS.Orders.Storefront;

/// <summary>The company's orders, filtered by state or by the checkout that just placed them.</summary>
public sealed record BuyerOrderListModel(PageForm Form, IReadOnlyList<OrderTab> Tabs, IReadOnlyList<BuyerOrderRow> Orders, bool ForCheckout, bool IsApprover)
{
    /// <summary>Where the checkout's orders waiting for payment are paid, while a payments module is on.</summary>
    public string? PayPath { get; init; }
}
