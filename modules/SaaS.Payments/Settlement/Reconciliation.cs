using Microsoft.EntityFrameworkCore;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Payments;
using SaaS.Payments.Refunds;

namespace SaaS.Payments.Settlement;

/// <summary>
/// The operator's check that what the providers did and what the ledger says agree: every succeeded payment, sent
/// refund and sent payout against its journal entry, item by item, with what still waits (money not applied to an
/// order, refunds and payouts not yet sent).
/// </summary>
public sealed class Reconciliation(PaymentsDbContext db, Ledger.Ledger ledger)
{
    public async Task<ReconciliationReport> ReportAsync(CancellationToken cancellationToken)
    {
        var booked = await db.JournalEntries.AsNoTracking()
            .Where(e => e.Kind == EntryKinds.PaymentReceived || e.Kind == EntryKinds.ExcessReturned || e.Kind == EntryKinds.RefundSent || e.Kind == EntryKinds.Payout)
            .Select(e => new { e.Kind, e.SourceId, Amount = e.Lines.Sum(l => l.Debit) }).ToListAsync(cancellationToken);
        var movements = await db.BankMovements.AsNoTracking().ToListAsync(cancellationToken);
        // A bank transfer is booked per amount the operator confirmed (keyed by the bank movement), a card at once (keyed by the payment).
        var sourcesOf = movements.Where(m => m.Kind == BankMovementKind.Received).ToLookup(m => m.PaymentId, m => m.Id);
        decimal? Booked(string kind, params IEnumerable<Guid> ids)
        {
            var set = ids.ToHashSet();
            var found = booked.Where(b => b.Kind == kind && set.Contains(b.SourceId)).ToList();
            return found.Count == 0 ? null : Money.FromMinor(found.Sum(b => b.Amount));
        }

        var payments = await db.Payments.AsNoTracking().Where(p => p.Received > 0).Select(p => new { p.Id, p.Method, p.Received, p.ProviderReference }).ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.State == RefundState.Sent).Select(r => new { r.Id, r.Method, r.Amount, r.ProviderReference }).ToListAsync(cancellationToken);
        var payouts = await db.Payouts.AsNoTracking().Where(p => p.State == PayoutState.Sent).Select(p => new { p.Id, p.Method, p.Amount, p.Reference }).ToListAsync(cancellationToken);
        var returned = movements.Where(m => m.Kind == BankMovementKind.Returned).ToList();
        var lines = payments.Select(p => new ReconciliationLine("payment", p.Id, p.Method, p.ProviderReference, p.Received, Booked(EntryKinds.PaymentReceived, sourcesOf[p.Id].Append(p.Id))))
            .Concat(returned.Select(m => new ReconciliationLine("surplus-returned", m.Id, "bank-transfer", m.BankReference, m.Amount, Booked(EntryKinds.ExcessReturned, m.Id))))
            .Concat(refunds.Select(r => new ReconciliationLine("refund", r.Id, r.Method, r.ProviderReference, r.Amount, Booked(EntryKinds.RefundSent, r.Id))))
            .Concat(payouts.Select(p => new ReconciliationLine("payout", p.Id, p.Method, p.Reference, p.Amount, Booked(EntryKinds.Payout, p.Id))))
            .ToList();
        // Entries with no provider record behind them are differences too: money booked that nobody saw move.
        var known = payments.Select(p => p.Id).Concat(movements.Select(m => m.Id)).Concat(refunds.Select(r => r.Id)).Concat(payouts.Select(p => p.Id)).ToHashSet();
        var orphans = booked.Where(b => !known.Contains(b.SourceId)).Select(b => new ReconciliationLine(b.Kind, b.SourceId, "", null, 0, Money.FromMinor(b.Amount)));
        var differences = lines.Where(l => l.Difference != 0).Concat(orphans).ToList();
        return new ReconciliationReport(
            payments.Where(p => p.Method == "card").Sum(p => p.Received), payments.Where(p => p.Method != "card").Sum(p => p.Received),
            refunds.Sum(r => r.Amount), payouts.Sum(p => p.Amount),
            await ledger.BalanceAsync(LedgerAccounts.BuyerClearing, cancellationToken),
            await ledger.BalanceAsync(LedgerAccounts.RefundsPayable, cancellationToken),
            await ledger.BalanceAsync(LedgerAccounts.PayoutsInTransit, cancellationToken),
            await ledger.BalanceAsync(LedgerAccounts.StripeBalance, cancellationToken),
            await ledger.BalanceAsync(LedgerAccounts.BankAccount, cancellationToken),
            lines.Count, differences);
    }
}

/// <param name="Unapplied">Money received that no order took yet (buyer clearing).</param>
public sealed record ReconciliationReport(
    decimal CardReceived, decimal BankReceived, decimal RefundsSent, decimal PayoutsSent, decimal Unapplied, decimal RefundsWaiting, decimal PayoutsWaiting,
    decimal StripeBalance, decimal BankBalance, int Matched, IReadOnlyList<ReconciliationLine> Differences);

public sealed record ReconciliationLine(string Kind, Guid Id, string Method, string? Reference, decimal Provider, decimal? Ledger)
{
    public decimal Difference => Provider - (Ledger ?? 0);
}
