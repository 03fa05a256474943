using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Payments;
using SaaS.Problems;

namespace SaaS.Payments.BankTransfer;

/// <summary>
/// The operator's side of bank transfers. Confirming books what the bank statement shows, whatever the slip said:
/// the amount due pays the orders (or the deposit); less waits for the rest, booked meanwhile in buyer clearing; more
/// pays them and leaves the surplus in clearing, flagged, until it is sent back. A rejected slip returns the payment
/// to the payer with the reason. Every action is audited in its own transaction.
/// </summary>
public sealed class BankTransferDesk(PaymentsDbContext db, PaymentBook book, Ledger.Ledger ledger, PaymentViews views, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public async Task<PaymentView> ConfirmAsync(Guid id, ConfirmTransferRequest request, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckAmount(request.ReceivedAmount, "receivedAmount", errors);
        CheckReference(request.BankReference, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var payment = await TransferAsync(id, cancellationToken);
        if (payment.State == PaymentState.Succeeded)
        {
            throw new ConflictException("state", $"The payment was received in full already ({payment.Received:0.00} of {payment.Amount:0.00}); there is nothing left to confirm.");
        }
        if (payment.State is not (PaymentState.Submitted or PaymentState.PartlyReceived))
        {
            throw new ConflictException("state", $"The payment is {payment.State}: no remittance of it waits to be confirmed.");
        }
        var before = Describe(payment);
        var movement = new BankMovement
        {
            PaymentId = payment.Id, Kind = BankMovementKind.Received, Amount = request.ReceivedAmount!.Value, BankReference = request.BankReference!.Trim(),
            RecordedBy = by, RecordedUtc = clock.GetUtcNow(),
        };
        db.BankMovements.Add(movement);
        await ReviewAsync(payment.Id, RemittanceState.Confirmed, null, by, cancellationToken);
        await book.ReceivePartAsync(payment.Id, movement.Id, movement.Amount, movement.BankReference, cancellationToken);
        await audit.RecordAsync("payment.transfer-confirmed", Subject(payment), before, $"{Describe(payment)} (+{movement.Amount:0.00} ref {movement.BankReference})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ViewAsync(payment, OperatorPayments.Path, cancellationToken);
    }

    public async Task<PaymentView> RejectAsync(Guid id, RejectRemittanceRequest request, string by, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500) throw new ValidationFailedException("reason", "Say why the slip is rejected (up to 500 characters); the payer reads it.");

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var payment = await TransferAsync(id, cancellationToken);
        if (payment.State != PaymentState.Submitted) throw new ConflictException("state", $"The payment is {payment.State}: no slip of it waits to be checked.");
        var before = Describe(payment);
        await ReviewAsync(payment.Id, RemittanceState.Rejected, reason, by, cancellationToken);
        payment.State = payment.Received > 0 ? PaymentState.PartlyReceived : PaymentState.Pending;
        payment.LastError = reason;
        await SaveAsync(payment, cancellationToken);
        await audit.RecordAsync("payment.remittance-rejected", Subject(payment), before, $"{Describe(payment)}: {reason}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ViewAsync(payment, OperatorPayments.Path, cancellationToken);
    }

    /// <summary>Sends back what of a transfer nothing took, from the bank account; at most what waits in clearing.</summary>
    public async Task<PaymentView> ReturnExcessAsync(Guid id, ReturnExcessRequest request, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckAmount(request.Amount, "amount", errors);
        CheckReference(request.BankReference, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var payment = await TransferAsync(id, cancellationToken);
        var amount = request.Amount!.Value;
        if (amount > payment.Unapplied)
        {
            throw new ConflictException("amount", $"{payment.Unapplied:0.00} of this payment waits to go back; {amount:0.00} cannot be sent.");
        }
        var before = Describe(payment);
        var movement = new BankMovement
        {
            PaymentId = payment.Id, Kind = BankMovementKind.Returned, Amount = amount, BankReference = request.BankReference!.Trim(), RecordedBy = by, RecordedUtc = clock.GetUtcNow(),
        };
        db.BankMovements.Add(movement);
        payment.Unapplied -= amount;
        await SaveAsync(payment, cancellationToken);
        await ledger.PostAsync(new JournalDraft(EntryKinds.ExcessReturned, "bank-movement", movement.Id, $"Surplus of payment {payment.ProviderReference} sent back: {movement.BankReference}")
            .Debit(LedgerAccounts.BuyerClearing, amount)
            .Credit(LedgerAccounts.BankAccount, amount), cancellationToken);
        await audit.RecordAsync("payment.excess-returned", Subject(payment), before, $"{Describe(payment)} (-{amount:0.00} ref {movement.BankReference})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ViewAsync(payment, OperatorPayments.Path, cancellationToken);
    }

    private async Task<Payment> TransferAsync(Guid id, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.Include(p => p.Orders).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("paymentId", "There is no such payment.");
        return payment.Method == BankTransferProvider.MethodName ? payment : throw new ConflictException("method", $"This payment is by {payment.Method}, not by bank transfer.");
    }

    /// <summary>Settles the remittances waiting for review: the operator's decision covers the slips the payer sent.</summary>
    private async Task ReviewAsync(Guid paymentId, RemittanceState outcome, string? reason, string by, CancellationToken cancellationToken)
    {
        var waiting = await db.Remittances.Where(r => r.PaymentId == paymentId && r.State == RemittanceState.Submitted).ToListAsync(cancellationToken);
        foreach (var remittance in waiting)
        {
            remittance.State = outcome;
            remittance.RejectionReason = reason;
            remittance.ReviewedBy = by;
            remittance.ReviewedUtc = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(Payment payment, CancellationToken cancellationToken)
    {
        payment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("state", "The payment changed meanwhile; look at it again.");
        }
    }

    private static void CheckAmount(decimal? amount, string field, Dictionary<string, string[]> errors)
    {
        if (amount is not > 0 || decimal.Round(amount.Value, 2) != amount) errors[field] = ["Give the amount, above zero with at most two decimals."];
    }

    private static void CheckReference(string? reference, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > 100) errors["bankReference"] = ["Give the bank statement's reference (up to 100 characters)."];
    }

    private static string Subject(Payment payment) => $"{payment.Purpose.ToString().ToLowerInvariant()} payment {payment.ProviderReference} ({payment.Id})";

    private static string Describe(Payment payment) =>
        $"{payment.State} {payment.Received:0.00} of {payment.Amount:0.00}" + (payment.Unapplied > 0 ? $", excess {payment.Unapplied:0.00}" : "");
}
