using SaaS.Merchants;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Overview;

/// <summary>
/// The operator's orders page: count and value per state under the filter, the last days drawn as charts, the
/// merchants to filter by, and the filtered list.
/// </summary>
public sealed record OrdersOverviewModel(IReadOnlyList<StateFigure> Figures, IReadOnlyList<BarChart> Charts, IReadOnlyList<MerchantCard> Merchants, OrderListModel List);
