using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Settlement;

/// <summary>
/// Settles merchants: the orders completed before the cut-off less the settlement delay (T+N), without open
/// after-sales and not settled before, with later refunds of settled orders taken back as adjustments. Each
/// merchant's statement, its ledger entry and its payout commit together; a run is unique per period and, resumed
/// after a crash, skips the merchants it already settled.
/// </summary>
public sealed partial class Settlements(
    PaymentsDbContext db, Ledger.Ledger ledger, PaymentSettingsStore settings, ITenantDatabase database, IBackgroundWork background, TimeProvider clock,
    ILogger<Settlements> logger)
{
    /// <summary>A run the operator starts outside the cycle: its own period, cut off now.</summary>
    public Task<SettlementRun> RunNowAsync(string startedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return RunAsync($"manual-{now:yyyyMMddTHHmmssfff}", now, startedBy, cancellationToken);
    }

    public async Task<SettlementRun> RunAsync(string periodKey, DateTimeOffset cutoff, string startedBy, CancellationToken cancellationToken)
    {
        var run = await StartOrResumeAsync(periodKey, cutoff, startedBy, cancellationToken);
        if (run.FinishedUtc is not null) return run;
        var delay = TimeSpan.FromDays((await settings.GetAsync(cancellationToken)).SettlementDelayDays);
        var held = (await db.AfterSalesHolds.AsNoTracking().Select(h => h.OrderId).ToListAsync(cancellationToken)).ToHashSet();
        // SQLite cannot compare DateTimeOffset columns: completed orders are read by state and filtered here.
        var due = (await db.OrderAccounts.AsNoTracking().Where(a => a.State == OrderAccountState.Completed && a.StatementId == null).ToListAsync(cancellationToken))
            .Where(a => a.CompletedUtc + delay <= run.CutoffUtc && !held.Contains(a.Id)).ToList();
        var lateRefunds = await LateRefundsAsync(cancellationToken);
        var merchants = due.Select(a => a.MerchantId).Concat(lateRefunds.Select(r => r.MerchantId)).Distinct().Order().ToList();
        foreach (var merchant in merchants)
        {
            if (await db.Statements.AnyAsync(s => s.RunId == run.Id && s.MerchantId == merchant, cancellationToken)) continue;
            await SettleAsync(run, merchant, due.Where(a => a.MerchantId == merchant).ToList(), lateRefunds.Where(r => r.MerchantId == merchant).ToList(), cancellationToken);
        }
        run.Statements = await db.Statements.CountAsync(s => s.RunId == run.Id, cancellationToken);
        run.FinishedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Finished(logger, run.PeriodKey, run.Statements);
        return run;
    }

    private async Task<SettlementRun> StartOrResumeAsync(string periodKey, DateTimeOffset cutoff, string startedBy, CancellationToken cancellationToken)
    {
        if (await db.SettlementRuns.SingleOrDefaultAsync(r => r.PeriodKey == periodKey, cancellationToken) is { } existing) return existing;
        var run = new SettlementRun { PeriodKey = periodKey, CutoffUtc = cutoff, StartedUtc = clock.GetUtcNow(), StartedBy = startedBy };
        db.SettlementRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (DbUpdateException)
        {
            // Another node started the same period a moment ago: its run is the one.
            db.ChangeTracker.Clear();
            return await db.SettlementRuns.SingleAsync(r => r.PeriodKey == periodKey, cancellationToken);
        }
    }

    /// <summary>Refunds of orders a statement already paid out, not yet taken back from their merchant.</summary>
    private async Task<IReadOnlyList<Refunds.Refund>> LateRefundsAsync(CancellationToken cancellationToken)
    {
        var open = await db.Refunds.AsNoTracking().Where(r => r.StatementId == null && r.MerchantId != Guid.Empty).ToListAsync(cancellationToken);
        var orderIds = open.Select(r => r.OrderId).Distinct().ToList();
        var settled = (await db.OrderAccounts.AsNoTracking().Where(a => orderIds.Contains(a.Id) && a.StatementId != null).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        return open.Where(r => settled.Contains(r.OrderId)).ToList();
    }

    private async Task SettleAsync(SettlementRun run, Guid merchantId, IReadOnlyList<OrderAccount> orders, IReadOnlyList<Refunds.Refund> lateRefunds, CancellationToken cancellationToken)
    {
        var adjustments = -lateRefunds.Sum(r => r.MerchantShare);
        var net = orders.Sum(o => o.MerchantShare) + adjustments;
        // Nothing to pay (refunds outweigh sales): everything waits for the next run, where new sales can absorb it.
        if (net <= 0) return;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var payable = await ledger.BalanceAsync(LedgerAccounts.MerchantPayable(merchantId), cancellationToken);
        if (net > payable)
        {
            Refused(logger, merchantId, net, payable);
            return;
        }
        var now = clock.GetUtcNow();
        var statement = new Statement
        {
            Id = Guid.CreateVersion7(now), RunId = run.Id, MerchantId = merchantId, CutoffUtc = run.CutoffUtc, CreatedUtc = now,
            Number = $"ST{now:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
            Sales = orders.Sum(o => o.Total), Commission = orders.Sum(o => o.Commission - o.CommissionRefunded), Refunds = orders.Sum(o => o.Refunded),
            Adjustments = adjustments, Net = net,
        };
        statement.Lines.AddRange(orders.Select(o => new StatementLine
        {
            StatementId = statement.Id, Kind = "order", OrderId = o.Id, Sales = o.Total, Commission = o.Commission - o.CommissionRefunded, Refunds = o.Refunded, Net = o.MerchantShare,
        }));
        statement.Lines.AddRange(lateRefunds.Select(r => new StatementLine
        {
            StatementId = statement.Id, Kind = "adjustment", OrderId = r.OrderId, RefundId = r.Id, Refunds = r.Amount, Commission = -r.CommissionShare, Net = -r.MerchantShare,
        }));
        db.Statements.Add(statement);
        var orderIds = orders.Select(o => o.Id).ToList();
        await db.OrderAccounts.Where(a => orderIds.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StatementId, statement.Id).SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        var refundIds = lateRefunds.Select(r => r.Id).ToList();
        await db.Refunds.Where(r => refundIds.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.StatementId, statement.Id), cancellationToken);
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken);
        var payout = new Payout
        {
            StatementId = statement.Id, MerchantId = merchantId, Amount = net, CreatedUtc = now, State = PayoutState.Pending,
            Method = account?.StripeAccountId is null ? "bank" : "stripe-transfer",
        };
        if (payout.Method == "stripe-transfer") payout.Transfers.AddRange(await TransfersAsync(payout, orders, -adjustments, cancellationToken));
        db.Payouts.Add(payout);
        await db.SaveChangesAsync(cancellationToken);
        await ledger.PostAsync(new JournalDraft(EntryKinds.Settlement, "statement", statement.Id, $"Statement {statement.Number}")
            .Debit(LedgerAccounts.MerchantPayable(merchantId), net)
            .Credit(LedgerAccounts.PayoutsInTransit, net), cancellationToken);
        if (payout.Method == "stripe-transfer") database.AfterCommit(() => background.Enqueue($"payout {payout.Id}", PayoutSender.SendPendingAsync));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One transfer per order, in the order's checkout's transfer group and funded by its card charge; what later
    /// refunds take back is taken from the largest transfers first.
    /// </summary>
    private async Task<IEnumerable<PayoutTransfer>> TransfersAsync(Payout payout, IReadOnlyList<OrderAccount> orders, decimal takenBack, CancellationToken cancellationToken)
    {
        var paymentIds = orders.Where(o => o.PaymentId is not null).Select(o => o.PaymentId!.Value).Distinct().ToList();
        var charges = await db.Payments.AsNoTracking().Where(p => paymentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.ChargeId, cancellationToken);
        var transfers = new List<PayoutTransfer>();
        foreach (var order in orders.OrderByDescending(o => o.MerchantShare))
        {
            var cut = Math.Min(order.MerchantShare, takenBack);
            takenBack -= cut;
            if (order.MerchantShare - cut <= 0) continue;
            transfers.Add(new PayoutTransfer
            {
                PayoutId = payout.Id, OrderId = order.Id, CheckoutId = order.CheckoutId, Amount = order.MerchantShare - cut,
                ChargeId = order.PaymentId is { } paymentId ? charges.GetValueOrDefault(paymentId) : null,
            });
        }
        return transfers;
    }

    [LoggerMessage(LogLevel.Information, "Settlement {PeriodKey} finished with {Statements} statements")]
    private static partial void Finished(ILogger logger, string periodKey, int statements);

    [LoggerMessage(LogLevel.Error, "Merchant {MerchantId} was not settled: its statement's net {Net} is above its payable balance {Payable}")]
    private static partial void Refused(ILogger logger, Guid merchantId, decimal net, decimal payable);
}
