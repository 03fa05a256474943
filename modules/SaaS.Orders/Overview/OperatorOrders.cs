using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Overview;

/// <summary>
/// The marketplace's orders as the operator watches them: every merchant's, read only. Money is summed here, not in
/// SQL, since SQLite cannot sum decimals.
/// </summary>
public sealed class OperatorOrders(OrdersDbContext db, OrderTransitions transitions, OrderSearch search, ICompanyDirectory companies,
    IMerchantDirectory merchants, MarketplaceCalendar calendar)
{
    public Task<OrderPage> ListAsync(OrderQuery query, CancellationToken cancellationToken) =>
        search.PageAsync(db.Orders, query, nameMerchants: true, cancellationToken);

    public async Task<OperatorOrderView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await transitions.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("id", "The marketplace has no such order.");
        var company = (await companies.FindAsync([order.CompanyId], cancellationToken)).GetValueOrDefault(order.CompanyId);
        var merchant = (await merchants.FindAsync([order.MerchantId], cancellationToken)).GetValueOrDefault(order.MerchantId);
        return new OperatorOrderView(OrderView.From(order), company?.Name, merchant?.Name);
    }

    /// <summary>Count and value of the query's orders in every state, in the states' own order.</summary>
    public async Task<IReadOnlyList<StateFigure>> FiguresAsync(OrderQuery query, CancellationToken cancellationToken)
    {
        var orders = await (await search.FilterAsync(db.Orders.AsNoTracking(), query, cancellationToken))
            .Select(o => new { o.State, o.Total }).ToListAsync(cancellationToken);
        return Enum.GetValues<OrderState>().Select(state =>
        {
            var inState = orders.Where(o => o.State == state).ToList();
            return new StateFigure(state.ToString(), OrderLabels.State(state.ToString()), inState.Count, inState.Sum(o => o.Total));
        }).ToList();
    }

    /// <summary>Orders placed and their value on each of the last <paramref name="days"/> days, today last, empty days included.</summary>
    public async Task<IReadOnlyList<DayFigure>> DailyAsync(Guid? merchantId, int days, CancellationToken cancellationToken)
    {
        var first = calendar.Today.AddDays(1 - days);
        var since = OrderIds.PlacedFrom(calendar.StartOf(first));
        var orders = db.Orders.AsNoTracking().Where(o => o.Id >= since);
        if (merchantId is { } merchant) orders = orders.Where(o => o.MerchantId == merchant);
        var placed = (await orders.Select(o => new { o.PlacedUtc, o.Total }).ToListAsync(cancellationToken))
            .ToLookup(o => calendar.DayOf(o.PlacedUtc));
        return Enumerable.Range(0, days).Select(i => first.AddDays(i))
            .Select(day => new DayFigure(day, placed[day].Count(), placed[day].Sum(o => o.Total))).ToList();
    }

    /// <summary>The merchants that have orders, by name: what the list's merchant filter offers.</summary>
    public async Task<IReadOnlyList<MerchantCard>> MerchantsAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Orders.AsNoTracking().Select(o => o.MerchantId).Distinct().ToListAsync(cancellationToken);
        return (await merchants.FindAsync(ids, cancellationToken)).Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
    }
}
