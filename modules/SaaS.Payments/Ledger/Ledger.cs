using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Problems;

namespace SaaS.Payments.Ledger;

/// <summary>
/// Posts balanced entries and reads balances from them; no balance is kept beside the lines. Posting joins the
/// caller's transaction, so a movement is booked with the business change that caused it or not at all.
/// </summary>
public sealed class Ledger(PaymentsDbContext db, ITenantDatabase database, TimeProvider clock)
{
    /// <summary>Books <paramref name="draft"/> unless its cause was booked already; false when it was (a retried webhook).</summary>
    public async Task<bool> PostAsync(JournalDraft draft, CancellationToken cancellationToken)
    {
        var debits = draft.Lines.Sum(l => l.Debit);
        var credits = draft.Lines.Sum(l => l.Credit);
        if (debits != credits) throw new InvalidOperationException($"The {draft.Kind} entry of {draft.SourceType} {draft.SourceId} debits {debits} and credits {credits}.");
        if (debits == 0) return false;
        // Not a compiled query: one process serves SQLite and PostgreSQL tenants, whose models differ, and a compiled
        // query is bound to the first model it meets.
        if (await db.JournalEntries.AnyAsync(e => e.IdempotencyKey == draft.IdempotencyKey, cancellationToken)) return false;
        var entry = new JournalEntry
        {
            PostedUtc = clock.GetUtcNow(), Kind = draft.Kind, SourceType = draft.SourceType, SourceId = draft.SourceId,
            IdempotencyKey = draft.IdempotencyKey, Memo = draft.Memo, ReversesId = draft.ReversesId,
        };
        entry.Lines.AddRange(draft.Lines.Select(l => new JournalLine { EntryId = entry.Id, Account = l.Account, Debit = l.Debit, Credit = l.Credit }));
        db.JournalEntries.Add(entry);
        // Joins the caller's transaction, or opens one. An entry that fails to save leaves this inner unit uncommitted,
        // which dooms the caller's transaction: half an entry can never be committed. That is what EF's automatic
        // savepoint around SaveChanges guarded against, so it is turned off here; it cost two more statements a post.
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failed) when (failed.InnerException?.Message.Contains("IdempotencyKey", StringComparison.Ordinal) == true)
        {
            // Both SQLite and PostgreSQL name the unique index of the key: another transaction booked the same cause.
            throw new ConflictException(draft.SourceType, $"The {draft.Kind} of this {draft.SourceType} was booked at the same moment by another request.");
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Reverses a booked entry with a new entry of the opposite sides; a reversal is itself never reversed twice.</summary>
    public async Task<bool> ReverseAsync(Guid entryId, string memo, CancellationToken cancellationToken)
    {
        var original = await db.JournalEntries.AsNoTracking().Include(e => e.Lines).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new NotFoundException("entryId", "There is no such journal entry.");
        var draft = new JournalDraft(EntryKinds.Reversal, "entry", original.Id, memo) { ReversesId = original.Id };
        foreach (var line in original.Lines)
        {
            if (line.Debit > 0) draft.Credit(line.Account, Money.FromMinor(line.Debit));
            if (line.Credit > 0) draft.Debit(line.Account, Money.FromMinor(line.Credit));
        }
        return await PostAsync(draft, cancellationToken);
    }

    /// <summary>An account's balance on its normal side.</summary>
    public async Task<decimal> BalanceAsync(string account, CancellationToken cancellationToken)
    {
        var sums = await db.JournalLines.Where(l => l.Account == account).GroupBy(l => 1)
            .Select(g => new { Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }).SingleOrDefaultAsync(cancellationToken);
        return sums is null ? 0 : Normal(account, sums.Debit, sums.Credit);
    }

    public async Task<TrialBalance> TrialBalanceAsync(CancellationToken cancellationToken)
    {
        var sums = await db.JournalLines.GroupBy(l => l.Account)
            .Select(g => new { Account = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }).ToListAsync(cancellationToken);
        var entries = await db.JournalEntries.LongCountAsync(cancellationToken);
        var debits = sums.Sum(s => s.Debit);
        var credits = sums.Sum(s => s.Credit);
        var accounts = sums.OrderBy(s => s.Account, StringComparer.Ordinal)
            .Select(s => new AccountBalance(s.Account, LedgerAccounts.Names.GetValueOrDefault(LedgerAccounts.Root(s.Account), s.Account),
                Money.FromMinor(s.Debit), Money.FromMinor(s.Credit), Normal(s.Account, s.Debit, s.Credit)))
            .ToList();
        return new TrialBalance(Money.FromMinor(debits), Money.FromMinor(credits), debits == credits, entries, accounts);
    }

    private static decimal Normal(string account, long debit, long credit) =>
        Money.FromMinor(LedgerAccounts.IsDebitNormal(account) ? debit - credit : credit - debit);
}
