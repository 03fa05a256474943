using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Refunds;
using SaaS.Problems;

namespace SaaS.Payments.BankTransfer;

/// <summary>
/// Refunds as the operator works them: card refunds go out through Stripe by themselves, while a bank-transfer
/// refund waits (Pending) until the operator has sent it from the bank and records it sent, audited.
/// </summary>
public sealed class BankRefunds(PaymentsDbContext db, RefundBook refunds, ITenantDatabase database, IAuditLog audit)
{
    public async Task<IReadOnlyList<RefundView>> ListAsync(string? state, string? method, CancellationToken cancellationToken)
    {
        RefundState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            wanted = Enum.TryParse<RefundState>(state.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new ValidationFailedException("state", $"'{state}' is not a refund state; use {string.Join(" or ", Enum.GetNames<RefundState>())}.");
        }
        var query = db.Refunds.AsNoTracking();
        if (wanted is { } refundState) query = query.Where(r => r.State == refundState);
        if (!string.IsNullOrWhiteSpace(method)) query = query.Where(r => r.Method == method.Trim());
        // Oldest first: the refunds that have waited longest are sent first.
        return (await query.OrderBy(r => r.Id).Take(500).ToListAsync(cancellationToken)).Select(RefundView.Of).ToList();
    }

    public async Task<RefundView> SentAsync(Guid id, RefundSentRequest request, string by, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var refund = await refunds.RecordBankRefundAsync(id, request.Reference, cancellationToken);
        await audit.RecordAsync("refund.sent-by-bank", $"refund {refund.Id} of order {refund.OrderId}", $"{RefundState.Pending} {refund.Amount:0.00}",
            $"{refund.State} ref {refund.ProviderReference} by {by}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RefundView.Of(refund);
    }
}

public sealed record RefundView(
    Guid Id, Guid OrderId, Guid MerchantId, Guid CompanyId, Guid? PaymentId, string Method, decimal Amount, string Reason, string State, string? ProviderReference,
    DateTimeOffset CreatedUtc, DateTimeOffset? SentUtc)
{
    public static RefundView Of(Refund refund) => new(
        refund.Id, refund.OrderId, refund.MerchantId, refund.CompanyId, refund.PaymentId, refund.Method, refund.Amount, refund.Reason, refund.State.ToString(),
        refund.ProviderReference, refund.CreatedUtc, refund.SentUtc);
}
