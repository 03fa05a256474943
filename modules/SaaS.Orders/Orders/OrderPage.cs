namespace SaaS.Orders.Orders;

/// <summary>
/// One page of a filtered order list. <paramref name="Counts"/> counts the orders of every state under the same
/// dates, search and merchant (the state itself aside), so a list can offer each state with its number.
/// </summary>
public sealed record OrderPage(IReadOnlyList<OrderRow> Items, int Page, int PageSize, int Total, IReadOnlyDictionary<string, int> Counts)
{
    public int Pages => SaaS.Paging.Pager.PagesOf(Total, PageSize);
}
