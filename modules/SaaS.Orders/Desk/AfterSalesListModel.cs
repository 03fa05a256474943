using SaaS.Orders.Orders;

namespace SaaS.Orders.Desk;

/// <summary>The merchant's after-sales requests, newest first, with a tab per state and its count.</summary>
public sealed record AfterSalesListModel(IReadOnlyList<AfterSalesRow> Requests, IReadOnlyList<StateTab> Tabs, string? Error);
