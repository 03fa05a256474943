using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Events;
using SaaS.Merchants.Data;
using SaaS.Merchants.Events;
using SaaS.Problems;

namespace SaaS.Merchants.Merchants;

/// <summary>The operator's view of approved merchants: find them, suspend them with a reason, reinstate them.</summary>
public sealed class MerchantAdministration(MerchantsDbContext db, ITenantDatabase database, IEventPublisher events, IAuditLog audit)
{
    public async Task<IReadOnlyList<Merchant>> ListAsync(MerchantStatus? status, string? query, CancellationToken cancellationToken)
    {
        var merchants = db.Merchants.AsNoTracking().Where(m => status == null || m.Status == status);
        if (!string.IsNullOrWhiteSpace(query)) merchants = merchants.Where(m => m.Name.Contains(query) || m.CreditCode.Contains(query));
        return await merchants.OrderBy(m => m.Name).ToListAsync(cancellationToken);
    }

    public async Task<Merchant> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Merchants.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new NotFoundException("id", "There is no such merchant.");

    public async Task SuspendAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000) throw new ValidationFailedException("reason", "Say why the merchant is suspended (up to 1000 characters); the merchant will read it.");
        var merchant = await GetAsync(id, cancellationToken);
        if (merchant.Status == MerchantStatus.Suspended) throw new ConflictException("status", $"{merchant.Name} is already suspended.");
        merchant.Status = MerchantStatus.Suspended;
        merchant.SuspensionReason = reason.Trim();
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.suspended", $"{merchant.Name} ({merchant.CreditCode})", nameof(MerchantStatus.Active), $"{nameof(MerchantStatus.Suspended)}: {merchant.SuspensionReason}", cancellationToken);
        await events.PublishAsync(new MerchantSuspended(merchant.Id, merchant.Name, merchant.SuspensionReason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReinstateAsync(Guid id, CancellationToken cancellationToken)
    {
        var merchant = await GetAsync(id, cancellationToken);
        if (merchant.Status != MerchantStatus.Suspended) throw new ConflictException("status", $"{merchant.Name} is {merchant.Status}; only a suspended merchant can be reinstated.");
        var reason = merchant.SuspensionReason;
        merchant.Status = MerchantStatus.Active;
        merchant.SuspensionReason = null;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant.reinstated", $"{merchant.Name} ({merchant.CreditCode})", $"{nameof(MerchantStatus.Suspended)}: {reason}", nameof(MerchantStatus.Active), cancellationToken);
        await events.PublishAsync(new MerchantReinstated(merchant.Id, merchant.Name), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
