using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;

namespace SaaS.Payments.Settlement;

/// <summary>Payouts reaching merchants: Stripe's marked by the sender, bank payments recorded by the operator with the bank's reference.</summary>
public sealed class Payouts(PaymentsDbContext db, Ledger.Ledger ledger, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public async Task<Payout> RecordBankPayoutAsync(Guid payoutId, string? reference, string recordedBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 100) throw new ValidationFailedException("reference", "Give the bank reference of the payment (up to 100 characters).");
        var payout = await db.Payouts.Include(p => p.Transfers).SingleOrDefaultAsync(p => p.Id == payoutId, cancellationToken)
            ?? throw new NotFoundException("payoutId", "There is no such payout.");
        if (payout.Method != "bank") throw new ConflictException("payoutId", "This payout goes by Stripe transfer; it is sent by the payout job.");
        await MarkSentAsync(payout, LedgerAccounts.BankAccount, reference.Trim(), recordedBy, cancellationToken);
        return payout;
    }

    public async Task MarkSentAsync(Payout payout, string cashAccount, string reference, string recordedBy, CancellationToken cancellationToken)
    {
        if (payout.State == PayoutState.Sent) throw new ConflictException("payoutId", $"This payout was sent already ({payout.Reference}).");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        payout.State = PayoutState.Sent;
        payout.Reference = reference;
        payout.RecordedBy = recordedBy;
        payout.SentUtc = clock.GetUtcNow();
        payout.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("payoutId", "The payout was recorded by someone else a moment ago.");
        }
        await ledger.PostAsync(new JournalDraft(EntryKinds.Payout, "payout", payout.Id, $"Payout {reference}")
            .Debit(LedgerAccounts.PayoutsInTransit, payout.Amount)
            .Credit(cashAccount, payout.Amount), cancellationToken);
        await audit.RecordAsync("payout.sent", payout.Id.ToString(), "Pending", $"Sent {payout.Amount:0.00} {reference}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
