using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Problems;

namespace SaaS.Merchants.Terms;

/// <summary>
/// Security deposits (保证金): what a merchant owes follows its categories; what it holds is the sum of the
/// movements the operator recorded. Refunds and forfeitures never take out more than is held.
/// </summary>
public sealed class MerchantDeposits(MerchantsDbContext db, MerchantTerms terms, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
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

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var before = await StatusAsync(merchantId, cancellationToken);
        if (kind != DepositEntryKind.Payment && request.Amount > before.Held)
        {
            throw new ConflictException("amount", $"The merchant holds {before.Held:0.00}; a {kind.ToString().ToLowerInvariant()} of {request.Amount:0.00} would take out more than that.");
        }
        db.DepositEntries.Add(new DepositEntry
        {
            MerchantId = merchantId, Kind = kind, Amount = request.Amount!.Value, Reference = request.Reference!.Trim(),
            Note = request.Note?.Trim() ?? "", RecordedBy = recordedBy, RecordedUtc = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        var after = await StatusAsync(merchantId, cancellationToken);
        await audit.RecordAsync($"merchant-deposit.{kind.ToString().ToLowerInvariant()}", $"{merchantId} ref {request.Reference.Trim()}",
            $"{before.State} {before.Held:0.00}", $"{after.State} {after.Held:0.00}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }
}
