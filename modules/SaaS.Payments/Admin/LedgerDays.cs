using Microsoft.EntityFrameworkCore;
using SaaS.Orders.Orders;
using SaaS.Orders.Overview;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;

namespace SaaS.Payments.Admin;

/// <summary>
/// The last days of the journal, per marketplace day: money received from buyers (the cash side of payment
/// entries) and commission earned (the revenue side of orders paid), with how many entries made each.
/// </summary>
public sealed class LedgerDays(PaymentsDbContext db, MarketplaceCalendar calendar)
{
    public async Task<(IReadOnlyList<DayFigure> Received, IReadOnlyList<DayFigure> Commission)> DailyAsync(int days, CancellationToken cancellationToken)
    {
        var first = calendar.Today.AddDays(1 - days);
        // Journal entry ids are version 7 GUIDs like order ids: the days are an id range SQLite and PostgreSQL both compare.
        var since = OrderIds.PlacedFrom(calendar.StartOf(first));
        var entries = (await db.JournalEntries.AsNoTracking()
            .Where(e => e.Id >= since && (e.Kind == EntryKinds.PaymentReceived || e.Kind == EntryKinds.OrderPaid))
            .Select(e => new
            {
                e.Kind, e.PostedUtc,
                Cash = e.Lines.Where(l => l.Account == LedgerAccounts.StripeBalance || l.Account == LedgerAccounts.BankAccount).Sum(l => l.Debit),
                Commission = e.Lines.Where(l => l.Account == LedgerAccounts.CommissionRevenue).Sum(l => l.Credit),
            })
            .ToListAsync(cancellationToken)).ToLookup(e => (e.Kind, calendar.DayOf(e.PostedUtc)));
        IReadOnlyList<DayFigure> Series(string kind, Func<long, long, long> amount) => Enumerable.Range(0, days).Select(i => first.AddDays(i))
            .Select(day => new DayFigure(day, entries[(kind, day)].Count(), Money.FromMinor(entries[(kind, day)].Sum(e => amount(e.Cash, e.Commission))))).ToList();
        return (Series(EntryKinds.PaymentReceived, (cash, _) => cash), Series(EntryKinds.OrderPaid, (_, commission) => commission));
    }
}
