using SaaS.Paging;

namespace SaaS.Orders.Orders;

/// <summary>
/// An order list page's model, the merchant's and the operator's alike: the rows, the filter as typed with the
/// messages of its unreadable fields, a tab per state with its count, and the pager.
/// </summary>
public sealed record OrderListModel(
    OrderPage Orders, OrderListFilter Filter, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<StateTab> Tabs, Pager Pager,
    IReadOnlyDictionary<string, string> StateLabels)
{
    public static OrderListModel For(string path, OrderPage orders, OrderListFilter filter, IReadOnlyDictionary<string, string> errors, MarketplaceCalendar calendar)
    {
        // The same instants, told in the marketplace's zone for the page to print.
        orders = orders with { Items = orders.Items.Select(o => o with { PlacedUtc = calendar.Local(o.PlacedUtc) }).ToList() };
        var current = errors.Count == 0 ? filter.State?.Trim() ?? "" : "";
        var tabs = Enum.GetNames<OrderState>().Select(s => new StateTab(s, OrderLabels.State(s), orders.Counts.GetValueOrDefault(s), filter.Href(path, s, 1),
                string.Equals(current, s, StringComparison.OrdinalIgnoreCase)))
            .Prepend(new StateTab("", "All orders", orders.Counts.Values.Sum(), filter.Href(path, null, 1), current.Length == 0)).ToList();
        var state = tabs.Single(t => t.Current).State;
        var pager = Pager.Of(orders.Page, orders.PageSize, orders.Total, page => filter.Href(path, state, page));
        return new OrderListModel(orders, filter, errors, tabs, pager, OrderLabels.States);
    }
}
