using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Payments.Refunds;
using SaaS.Problems;

namespace SaaS.Payments.Payments;

/// <summary>
/// Where money that arrived is booked, whichever provider brought it: the receipt, then each order it covers paid
/// (the merchant's share pending until completion, the commission earned) and marked paid in the orders module,
/// all in one transaction. A payment already booked is left alone, so a redelivered webhook, the buyer's return
/// from the card page and the recovery sweep may all report the same payment.
/// </summary>
public sealed class PaymentBook(PaymentsDbContext db, Ledger.Ledger ledger, IOrderPayments orders, RefundBook refunds, ITenantDatabase database, TimeProvider clock)
{
    /// <returns>False when the payment had been booked before.</returns>
    public async Task<bool> ReceiveAsync(Guid paymentId, decimal received, string reference, string? chargeId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.Include(p => p.Orders).SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken)
            ?? throw new NotFoundException("paymentId", "There is no such payment.");
        // A stale copy read here cannot book twice: the version check below refuses the second writer.
        if (payment.State == PaymentState.Succeeded) return false;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        payment.State = PaymentState.Succeeded;
        payment.Received = received;
        payment.ChargeId = chargeId;
        payment.SucceededUtc = clock.GetUtcNow();
        payment.LastError = null;
        payment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("paymentId", "The payment was being booked by another request; it is booked once.");
        }
        await ledger.PostAsync(new JournalDraft(EntryKinds.PaymentReceived, "payment", payment.Id, $"{payment.Method} payment {reference}")
            .Debit(LedgerAccounts.Cash(payment.Method), received)
            .Credit(LedgerAccounts.BuyerClearing, received), cancellationToken);
        if (payment.Purpose == PaymentPurpose.Orders) await ApplyToOrdersAsync(payment, received, reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Pays each order the money covers, in order. An order cancelled while its buyer was paying cannot take the
    /// money: on a card its share goes straight back; a bank transfer's surplus waits in buyer clearing, flagged.
    /// </summary>
    private async Task ApplyToOrdersAsync(Payment payment, decimal received, string reference, CancellationToken cancellationToken)
    {
        var left = received;
        var ids = payment.Orders.Select(o => o.OrderId).ToList();
        var accounts = await db.OrderAccounts.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var share in payment.Orders.OrderBy(o => o.OrderId))
        {
            var account = accounts[share.OrderId];
            if (account.State != OrderAccountState.Unpaid || left < account.Total)
            {
                continue;
            }
            left -= account.Total;
            account.State = OrderAccountState.Paid;
            account.PaymentId = payment.Id;
            account.PaidUtc = payment.SucceededUtc;
            account.Version++;
            await db.SaveChangesAsync(cancellationToken);
            await ledger.PostAsync(new JournalDraft(EntryKinds.OrderPaid, "order", account.Id, $"Order paid by {payment.Method} {reference}")
                .Debit(LedgerAccounts.BuyerClearing, account.Total)
                .Credit(LedgerAccounts.MerchantPending(account.MerchantId), account.Net)
                .Credit(LedgerAccounts.CommissionRevenue, account.Commission), cancellationToken);
            await orders.MarkPaidAsync(account.Id, reference, cancellationToken);
        }
        if (left > 0 && payment.Method == "card")
        {
            await refunds.ReturnUnappliedAsync(payment, left, cancellationToken);
        }
    }
}
