using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Events;
using SaaS.Merchants.Data;
using SaaS.Merchants.Events;
using SaaS.Merchants.Merchants;
using SaaS.Problems;

namespace SaaS.Merchants.Terms;

/// <summary>
/// Security deposits (保证金): what a merchant owes follows its categories; what it holds is the sum of the
/// movements the operator recorded and the deposits paid through payments. Refunds and forfeitures never take out
/// more than is held. Every movement is published (<see cref="DepositRecorded"/>) so payments can book it.
/// </summary>
public sealed class MerchantDeposits(MerchantsDbContext db, MerchantTerms terms, ITenantDatabase database, IEventPublisher events, IAuditLog audit, TimeProvider clock)
    : IMerchantDepositLedger
{
    public async Task<DepositStatus> StatusAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == merchantId, cancellationToken)
            ?? throw new NotFoundException("id", "There is no such merchant.");
        var required = await terms.RequiredDepositAsync(MerchantListing.From(merchant).Categories, cancellationToken);
        // Decimal sums run here: SQLite cannot add decimals in SQL.
        var entries = await db.DepositEntries.AsNoTracking().Where(e => e.MerchantId == merchantId).OrderByDescending(e => e.Id).ToListAsync(cancellationToken);
        decimal Sum(DepositEntryKind kind) => entries.Where(e => e.Kind == kind).Sum(e => e.Amount);
        var (paid, refunded, forfeited) = (Sum(DepositEntryKind.Payment), Sum(DepositEntryKind.Refund), Sum(DepositEntryKind.Forfeiture));
        var held = paid - refunded - forfeited;
        var state = required == 0 && held == 0 ? DepositState.NotRequired
            : held >= required && held > 0 ? DepositState.Paid
            : forfeited > 0 ? DepositState.Forfeited
            : refunded > 0 && held > 0 ? DepositState.PartlyRefunded
            : refunded > 0 ? DepositState.Refunded
            : DepositState.Required;
        return new DepositStatus(required, held, paid, refunded, forfeited, state, entries);
    }

    public async Task<DepositStatus> RecordAsync(Guid merchantId, DepositRequest request, string recordedBy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<DepositEntryKind>(request.Kind, ignoreCase: true, out var kind))
        {
            errors["kind"] = [$"'{request.Kind}' is not a deposit movement; use {string.Join(", ", Enum.GetNames<DepositEntryKind>())}."];
        }
        if (request.Amount is not > 0 || decimal.Round(request.Amount.Value, 2) != request.Amount) errors["amount"] = ["The amount must be above zero, in yuan with at most two decimals."];
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Length > 100) errors["reference"] = ["Give the bank or voucher reference (up to 100 characters)."];
        if (request.Note?.Length > 500) errors["note"] = ["The note may have at most 500 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return await AddAsync(merchantId, kind, request.Amount!.Value, request.Reference!.Trim(), request.Note?.Trim() ?? "", recordedBy, bookedByPayments: false, cancellationToken);
    }

    public async Task<decimal> OutstandingAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var status = await StatusAsync(merchantId, cancellationToken);
        return Math.Max(0, status.Required - status.Held);
    }

    public Task RecordPaymentAsync(Guid merchantId, decimal amount, string reference, CancellationToken cancellationToken) =>
        AddAsync(merchantId, DepositEntryKind.Payment, amount, reference, "Paid through the marketplace's payments", "payments", bookedByPayments: true, cancellationToken);

    private async Task<DepositStatus> AddAsync(
        Guid merchantId, DepositEntryKind kind, decimal amount, string reference, string note, string recordedBy, bool bookedByPayments, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var before = await StatusAsync(merchantId, cancellationToken);
        if (kind != DepositEntryKind.Payment && amount > before.Held)
        {
            throw new ConflictException("amount", $"The merchant holds {before.Held:0.00}; a {kind.ToString().ToLowerInvariant()} of {amount:0.00} would take out more than that.");
        }
        var entry = new DepositEntry
        {
            MerchantId = merchantId, Kind = kind, Amount = amount, Reference = reference, Note = note, RecordedBy = recordedBy, RecordedUtc = clock.GetUtcNow(),
        };
        db.DepositEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new DepositRecorded(merchantId, entry.Id, kind.ToString(), amount, reference, bookedByPayments), cancellationToken);
        var after = await StatusAsync(merchantId, cancellationToken);
        await audit.RecordAsync($"merchant-deposit.{kind.ToString().ToLowerInvariant()}", $"{merchantId} ref {reference}",
            $"{before.State} {before.Held:0.00}", $"{after.State} {after.Held:0.00}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }
}
