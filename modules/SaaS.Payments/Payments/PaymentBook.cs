using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Payments.Refunds;
using SaaS.Problems;

namespace SaaS.Payments.Payments;

/// <summary>
/// Where money that arrived is booked, whichever provider brought it: the receipt, then what it pays for (each
/// order it covers, with the merchant's share pending until completion and the commission earned, or a merchant's
/// security deposit), all in one transaction. A payment already booked is left alone, so a redelivered webhook,
/// the buyer's return from the card page and the recovery sweep may all report the same payment.
/// </summary>
public sealed class PaymentBook(
    PaymentsDbContext db, Ledger.Ledger ledger, IOrderPayments orders, IMerchantDepositLedger deposits, RefundBook refunds, ITenantDatabase database, TimeProvider clock)
{
    /// <summary>A provider's word that the whole payment arrived (a card): booked and applied at once.</summary>
    /// <returns>False when the payment had been booked before.</returns>
    public async Task<bool> ReceiveAsync(Guid paymentId, decimal received, string reference, string? chargeId, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(paymentId, cancellationToken);
        // A stale copy read here cannot book twice: the version check when it is saved refuses the second writer.
        if (payment.State == PaymentState.Succeeded) return false;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        payment.ChargeId = chargeId;
        var receipt = new JournalDraft(EntryKinds.PaymentReceived, "payment", payment.Id, $"{payment.Method} payment {reference}");
        await ArriveAsync(payment, received, receipt, complete: true, reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// One amount the operator found on the bank statement for a transfer, booked as it is confirmed (the bank
    /// movement's id keys its entry). The payment succeeds, paying what it covers, once what arrived covers what is due.
    /// </summary>
    public async Task<Payment> ReceivePartAsync(Guid paymentId, Guid bankMovementId, decimal amount, string reference, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var payment = await FindAsync(paymentId, cancellationToken);
        if (payment.State == PaymentState.Succeeded)
        {
            throw new ConflictException("state", $"The payment was received in full already ({payment.Received:0.00} of {payment.Amount:0.00}).");
        }
        var receipt = new JournalDraft(EntryKinds.PaymentReceived, "bank-movement", bankMovementId, $"{payment.Method} payment {reference}");
        await ArriveAsync(payment, amount, receipt, complete: payment.Received + amount >= payment.Amount, reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return payment;
    }

    /// <summary>
    /// An order paid, from wherever its money is (buyer clearing for a payment, the company's receivable on credit
    /// terms): its account Paid, the merchant's share pending until completion, the commission earned. The caller
    /// tells the orders module.
    /// </summary>
    public async Task BookOrderPaidAsync(OrderAccount account, string kind, string fundedFrom, Guid? paymentId, string memo, CancellationToken cancellationToken)
    {
        account.State = OrderAccountState.Paid;
        account.PaymentId = paymentId;
        account.PaidUtc = clock.GetUtcNow();
        account.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await ledger.PostAsync(new JournalDraft(kind, "order", account.Id, memo)
            .Debit(fundedFrom, account.Total)
            .Credit(LedgerAccounts.MerchantPending(account.MerchantId), account.Net)
            .Credit(LedgerAccounts.CommissionRevenue, account.Commission), cancellationToken);
    }

    private async Task<Payment> FindAsync(Guid paymentId, CancellationToken cancellationToken) =>
        await db.Payments.Include(p => p.Orders).SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken)
        ?? throw new NotFoundException("paymentId", "There is no such payment.");

    /// <summary>
    /// Books <paramref name="amount"/> into buyer clearing and, when the payment is <paramref name="complete"/>,
    /// applies all it received. What nothing took goes back to a card at once; a transfer's waits, flagged.
    /// </summary>
    private async Task ArriveAsync(Payment payment, decimal amount, JournalDraft receipt, bool complete, string reference, CancellationToken cancellationToken)
    {
        payment.Received += amount;
        payment.State = complete ? PaymentState.Succeeded : PaymentState.PartlyReceived;
        if (complete)
        {
            payment.SucceededUtc = clock.GetUtcNow();
            payment.LastError = null;
        }
        payment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("paymentId", "The payment was being booked by another request; it is booked once.");
        }
        await ledger.PostAsync(receipt.Debit(LedgerAccounts.Cash(payment.Method), amount).Credit(LedgerAccounts.BuyerClearing, amount), cancellationToken);
        if (!complete) return;
        var left = payment.Purpose == PaymentPurpose.Deposit
            ? await ApplyToDepositAsync(payment, reference, cancellationToken)
            : await ApplyToOrdersAsync(payment, reference, cancellationToken);
        if (left <= 0) return;
        if (payment.Method == "card")
        {
            await refunds.ReturnUnappliedAsync(payment, left, cancellationToken);
            return;
        }
        payment.Unapplied = left;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Pays each order the money covers, in order; an order cancelled while its buyer was paying cannot take it.
    /// </summary>
    /// <returns>What no order took.</returns>
    private async Task<decimal> ApplyToOrdersAsync(Payment payment, string reference, CancellationToken cancellationToken)
    {
        var left = payment.Received;
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
            await BookOrderPaidAsync(account, EntryKinds.OrderPaid, LedgerAccounts.BuyerClearing, payment.Id, $"Order paid by {payment.Method} {reference}", cancellationToken);
            await orders.MarkPaidAsync(account.Id, reference, cancellationToken);
        }
        return left;
    }

    /// <summary>The merchant's deposit takes what it owed when it started paying, held in its own account; the merchants module records it.</summary>
    /// <returns>What the deposit did not take.</returns>
    private async Task<decimal> ApplyToDepositAsync(Payment payment, string reference, CancellationToken cancellationToken)
    {
        var merchantId = payment.MerchantId ?? throw new InvalidOperationException($"Deposit payment {payment.Id} names no merchant.");
        await ledger.PostAsync(new JournalDraft(EntryKinds.Deposit, "payment", payment.Id, $"Security deposit paid by {payment.Method} {reference}")
            .Debit(LedgerAccounts.BuyerClearing, payment.Amount)
            .Credit(LedgerAccounts.DepositsHeld(merchantId), payment.Amount), cancellationToken);
        await deposits.RecordPaymentAsync(merchantId, payment.Amount, reference, cancellationToken);
        return payment.Received - payment.Amount;
    }
}
