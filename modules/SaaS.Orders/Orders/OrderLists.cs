using Microsoft.EntityFrameworkCore;

namespace SaaS.Orders.Orders;

internal static class OrderLists
{
    /// <summary>Newest first by the time-ordered id (SQLite cannot order by DateTimeOffset), at most 200.</summary>
    public static async Task<IReadOnlyList<OrderSummary>> SummariesAsync(IQueryable<Order> orders, OrderState? state, CancellationToken cancellationToken) =>
        await orders.AsNoTracking().Where(o => state == null || o.State == state).OrderByDescending(o => o.Id).Take(200)
            .Select(o => new OrderSummary(o.Id, o.CheckoutId, o.CompanyId, o.MerchantId, o.State.ToString(), o.Total, o.PoNumber, o.PlacedUtc))
            .ToListAsync(cancellationToken);
}
