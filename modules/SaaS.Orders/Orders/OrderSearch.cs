using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Merchants;

namespace SaaS.Orders.Orders;

/// <summary>
/// Narrows a set of orders (one merchant's, or the whole marketplace's) by an <see cref="OrderQuery"/> and pages it,
/// newest first. Dates and order numbers become id ranges (<see cref="OrderIds"/>); company names come from the
/// companies' directory, never their tables.
/// </summary>
public sealed class OrderSearch(ICompanyDirectory companies, IMerchantDirectory merchants, MarketplaceCalendar calendar)
{
    public async Task<OrderPage> PageAsync(IQueryable<Order> orders, OrderQuery query, bool nameMerchants, CancellationToken cancellationToken)
    {
        var matching = await FilterAsync(orders.AsNoTracking(), query, cancellationToken);
        var counts = (await matching.GroupBy(o => o.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.State.ToString(), c => c.Count);
        var listed = query.State is { } state ? matching.Where(o => o.State == state) : matching;
        var total = query.State is { } chosen ? counts.GetValueOrDefault(chosen.ToString()) : counts.Values.Sum();
        var page = await listed.OrderByDescending(o => o.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(o => new { o.Id, o.CheckoutId, o.CompanyId, o.MerchantId, o.State, o.Total, o.PoNumber, o.PlacedUtc })
            .ToListAsync(cancellationToken);
        var companyNames = await companies.FindAsync(page.Select(o => o.CompanyId).Distinct().ToList(), cancellationToken);
        var merchantNames = nameMerchants ? await merchants.FindAsync(page.Select(o => o.MerchantId).Distinct().ToList(), cancellationToken) : null;
        var rows = page.Select(o => new OrderRow(o.Id, o.CheckoutId, o.CompanyId, companyNames.GetValueOrDefault(o.CompanyId)?.Name, o.MerchantId,
            merchantNames?.GetValueOrDefault(o.MerchantId)?.Name, o.State.ToString(), o.Total, o.PoNumber, o.PlacedUtc)).ToList();
        return new OrderPage(rows, query.Page, query.PageSize, total, counts);
    }

    /// <summary>The orders of the query's merchant, dates and search, in every state.</summary>
    public async Task<IQueryable<Order>> FilterAsync(IQueryable<Order> orders, OrderQuery query, CancellationToken cancellationToken)
    {
        if (query.MerchantId is { } merchantId) orders = orders.Where(o => o.MerchantId == merchantId);
        if (query.From is { } from)
        {
            var first = OrderIds.PlacedFrom(calendar.StartOf(from));
            orders = orders.Where(o => o.Id >= first);
        }
        if (query.To is { } to)
        {
            var next = OrderIds.PlacedFrom(calendar.StartOf(to.AddDays(1)));
            orders = orders.Where(o => o.Id < next);
        }
        if (query.Search is { } text)
        {
            var companyIds = await CompaniesNamedAsync(orders, text, cancellationToken);
            var upper = text.ToUpperInvariant();
            // A text that cannot begin an order number gets the range of the empty id, which no order has.
            var (first, last) = OrderIds.StartingWith(text) ?? (Guid.Empty, Guid.Empty);
            orders = orders.Where(o => (o.Id >= first && o.Id <= last)
                || (o.PoNumber != null && o.PoNumber.ToUpper().Contains(upper))
                || companyIds.Contains(o.CompanyId));
        }
        return orders;
    }

    /// <summary>The buyer companies among these orders whose name contains <paramref name="text"/>.</summary>
    private async Task<List<Guid>> CompaniesNamedAsync(IQueryable<Order> orders, string text, CancellationToken cancellationToken)
    {
        var ids = await orders.Select(o => o.CompanyId).Distinct().ToListAsync(cancellationToken);
        var cards = await companies.FindAsync(ids, cancellationToken);
        return cards.Values.Where(c => c.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
    }
}
