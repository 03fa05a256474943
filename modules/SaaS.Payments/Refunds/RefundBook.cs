using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Orders;
using SaaS.Payments.Credit;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Problems;

namespace SaaS.Payments.Refunds;

/// <summary>
/// Books refunds and marks them sent. Booking splits the amount between the merchant's share and the commission
/// in the order's proportion (the last refund takes exactly what is left of each), takes it from the merchant's
/// pending or payable balance, and owes it to the buyer; sending pays that debt from where the money came from.
/// </summary>
public sealed class RefundBook(
    PaymentsDbContext db, Ledger.Ledger ledger, CreditInvoices invoices, ITenantDatabase database, IBackgroundWork background, IAfterSalesRefunds afterSales, TimeProvider clock)
{
    public async Task<Refund> BookAsync(OrderAccount account, decimal amount, Guid? afterSalesId, string reason, CancellationToken cancellationToken)
    {
        if (account.State is not (OrderAccountState.Paid or OrderAccountState.Completed))
        {
            throw new ConflictException("orderId", $"The order is {account.State}; only a paid order can be refunded.");
        }
        if (amount <= 0 || Money.Cents(amount) != amount) throw new UnprocessableException("amount", "A refund is above zero, in cents.");
        var refundable = account.Total - account.Refunded;
        if (amount > refundable) throw new ConflictException("amount", $"Only {refundable:0.00} of the order's {account.Total:0.00} is left to refund; {amount:0.00} was asked.");

        var commissionLeft = account.Commission - account.CommissionRefunded;
        var remainingAfter = refundable - amount;
        // What stays unrefunded must still cover the commission left, so a merchant's share never goes below zero.
        var commissionShare = Math.Clamp(Money.Cents(amount * account.Commission / account.Total), Math.Max(0, commissionLeft - remainingAfter), commissionLeft);
        var refund = new Refund
        {
            OrderId = account.Id, MerchantId = account.MerchantId, CompanyId = account.CompanyId, PaymentId = account.PaymentId, AfterSalesId = afterSalesId,
            Method = account.PaymentMethod, Amount = amount, CommissionShare = commissionShare, MerchantShare = amount - commissionShare, Reason = reason,
            State = RefundState.Pending, CreatedUtc = clock.GetUtcNow(),
        };
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        account.Refunded += amount;
        account.CommissionRefunded += commissionShare;
        account.Version++;
        db.Refunds.Add(refund);
        var merchant = account.State == OrderAccountState.Completed ? LedgerAccounts.MerchantPayable(account.MerchantId) : LedgerAccounts.MerchantPending(account.MerchantId);
        await ledger.PostAsync(new JournalDraft(EntryKinds.Refund, "refund", refund.Id, $"Refund of order {account.Id}: {reason}")
            .Debit(merchant, refund.MerchantShare)
            .Debit(LedgerAccounts.CommissionRefunded, commissionShare)
            .Credit(LedgerAccounts.RefundsPayable, amount), cancellationToken);
        if (account.PaymentMethod == "credit-terms")
        {
            // On credit nothing was paid yet: the refund lowers what the company owes, at once, and settles the order's invoice.
            await MarkSentAsync(refund, LedgerAccounts.CreditReceivable(account.CompanyId), $"credit-note-{refund.Id}", cancellationToken);
            await invoices.CreditNoteAsync(account.CompanyId, account.Id, refund.Id, amount, cancellationToken);
        }
        else if (account.PaymentMethod == "card")
        {
            database.AfterCommit(() => background.Enqueue($"refund {refund.Id}", (services, ct) => RefundSender.SendPendingAsync(services, ct)));
        }
        await transaction.CommitAsync(cancellationToken);
        return refund;
    }

    /// <summary>The operator gives money back on an order outside after-sales (a goodwill gesture, a price error).</summary>
    public async Task<Refund> RefundOrderAsync(Guid orderId, OrderRefundRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is null) errors["amount"] = ["Say how much to refund."];
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500) errors["reason"] = ["Give the reason the buyer will see (up to 500 characters)."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var account = await db.OrderAccounts.SingleOrDefaultAsync(a => a.Id == orderId, cancellationToken) ?? throw new NotFoundException("orderId", "There is no such order.");
        return await BookAsync(account, request.Amount!.Value, null, request.Reason!.Trim(), cancellationToken);
    }

    /// <summary>Card money that no order could take (they were cancelled while the buyer paid) goes back to the card.</summary>
    public async Task ReturnUnappliedAsync(Payments.Payment payment, decimal amount, CancellationToken cancellationToken)
    {
        var refund = new Refund
        {
            OrderId = Guid.Empty, MerchantId = Guid.Empty, CompanyId = payment.CompanyId ?? Guid.Empty, PaymentId = payment.Id, Method = payment.Method,
            Amount = amount, Reason = "The orders were cancelled before the payment arrived", State = RefundState.Pending, CreatedUtc = clock.GetUtcNow(),
        };
        db.Refunds.Add(refund);
        await ledger.PostAsync(new JournalDraft(EntryKinds.Unapplied, "refund", refund.Id, $"Unapplied part of payment {payment.Id} returned")
            .Debit(LedgerAccounts.BuyerClearing, amount)
            .Credit(LedgerAccounts.RefundsPayable, amount), cancellationToken);
        database.AfterCommit(() => background.Enqueue($"refund {refund.Id}", (services, ct) => RefundSender.SendPendingAsync(services, ct)));
    }

    /// <summary>The refund reached the buyer: the debt to them is paid from <paramref name="cashAccount"/>; after-sales hears of it.</summary>
    public async Task MarkSentAsync(Refund refund, string cashAccount, string reference, CancellationToken cancellationToken)
    {
        if (refund.State == RefundState.Sent) throw new ConflictException("refundId", "This refund was sent already.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        refund.State = RefundState.Sent;
        refund.ProviderReference = reference;
        refund.SentUtc = clock.GetUtcNow();
        refund.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The job and the after-commit sender raced for it; Stripe's idempotency key made it one refund.
            throw new ConflictException("refundId", "This refund was being marked sent by another worker.");
        }
        await ledger.PostAsync(new JournalDraft(EntryKinds.RefundSent, "refund", refund.Id, $"Refund sent: {reference}")
            .Debit(LedgerAccounts.RefundsPayable, refund.Amount)
            .Credit(cashAccount, refund.Amount), cancellationToken);
        if (refund.AfterSalesId is { } request) await afterSales.MarkRefundedAsync(request, reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The operator paid a bank-transfer refund back from the bank account.</summary>
    public async Task<Refund> RecordBankRefundAsync(Guid refundId, string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 100) throw new ValidationFailedException("reference", "Give the bank reference of the refund (up to 100 characters).");
        var refund = await db.Refunds.SingleOrDefaultAsync(r => r.Id == refundId, cancellationToken) ?? throw new NotFoundException("refundId", "There is no such refund.");
        if (refund.Method == "card") throw new ConflictException("refundId", "Card refunds are sent through Stripe, not recorded by hand.");
        await MarkSentAsync(refund, LedgerAccounts.BankAccount, reference.Trim(), cancellationToken);
        return refund;
    }
}

public sealed record OrderRefundRequest(decimal? Amount, string? Reason);
