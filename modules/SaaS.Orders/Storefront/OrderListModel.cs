namespace SaaS.Orders.Storefront;

/// <summary>The company's orders, filtered by state or by the checkout that just placed them.</summary>
public sealed record OrderListModel(PageForm Form, IReadOnlyList<OrderTab> Tabs, IReadOnlyList<OrderRow> Orders, bool ForCheckout, bool IsApprover);
