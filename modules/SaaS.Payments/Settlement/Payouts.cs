using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Events;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;

namespace SaaS.Payments.Settlement;

/// <summary>Payouts reaching merchants: Stripe's marked by the sender, bank payments recorded by the operator with the bank's reference.</summary>
public sealed class Payouts(PaymentsDbContext db, Ledger.Ledger ledger, ITenantDatabase database, IAuditLog audit, IEventPublisher events, TimeProvider clock)
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

    /// <summary>
    /// The operator pays a merchant part of its balance now, outside the cycle (a withdrawal, 提现): never more than
    /// the ledger says the merchant is owed on completed orders.
    /// </summary>
    public async Task<Payout> WithdrawAsync(Guid merchantId, WithdrawalRequest request, string recordedBy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is not > 0 || decimal.Round(request.Amount.Value, 2) != request.Amount) errors["amount"] = ["The amount is above zero, in cents."];
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Length > 100) errors["reference"] = ["Give the bank reference of the payment (up to 100 characters)."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var balance = await ledger.BalanceAsync(LedgerAccounts.MerchantPayable(merchantId), cancellationToken);
        if (request.Amount > balance) throw new ConflictException("amount", $"The merchant's balance is {balance:0.00}; {request.Amount:0.00} cannot be paid out.");
        var payout = new Payout { MerchantId = merchantId, Amount = request.Amount!.Value, Method = "bank", State = PayoutState.Pending, CreatedUtc = clock.GetUtcNow() };
        db.Payouts.Add(payout);
        await db.SaveChangesAsync(cancellationToken);
        await ledger.PostAsync(new JournalDraft(EntryKinds.Settlement, "payout", payout.Id, $"Withdrawal of {payout.Amount:0.00}")
            .Debit(LedgerAccounts.MerchantPayable(merchantId), payout.Amount)
            .Credit(LedgerAccounts.PayoutsInTransit, payout.Amount), cancellationToken);
        await MarkSentAsync(payout, LedgerAccounts.BankAccount, request.Reference!.Trim(), recordedBy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
        await events.PublishAsync(new Events.PayoutSent(payout.Id, payout.MerchantId, payout.Amount, payout.Method, reference, payout.StatementId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

public sealed record WithdrawalRequest(decimal? Amount, string? Reference);
