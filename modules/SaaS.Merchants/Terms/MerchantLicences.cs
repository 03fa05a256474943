using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Terms;

/// <summary>A merchant's industry licences: read by both sides, renewed by the merchant, watched for expiry.</summary>
public sealed class MerchantLicences(MerchantsDbContext db, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<MerchantLicence>> ForMerchantAsync(Guid merchantId, CancellationToken cancellationToken) =>
        await db.Licences.AsNoTracking().Where(l => l.MerchantId == merchantId).OrderBy(l => l.Code).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MerchantLicence>> ForApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.Licences.AsNoTracking().Where(l => l.ApplicationId == applicationId).OrderBy(l => l.Code).ToListAsync(cancellationToken);

    /// <summary>Records a renewed licence: a new number and a later expiry date. Adds it when the merchant never had it.</summary>
    public async Task<MerchantLicence> RenewAsync(MerchantActor actor, string code, LicenceRenewal renewal, CancellationToken cancellationToken)
    {
        var requirement = await db.LicenceRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken)
            ?? throw new NotFoundException("code", $"This marketplace does not ask for a '{code}' licence.");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(renewal.Number) || renewal.Number.Length > 100) errors["number"] = ["Give the licence number (up to 100 characters)."];
        if (renewal.ExpiresOn is not { } expires || expires <= Today) errors["expiresOn"] = ["The expiry date must be in the future."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var licence = await db.Licences.SingleOrDefaultAsync(l => l.MerchantId == actor.MerchantId && l.Code == code, cancellationToken);
        var before = licence is null ? null : $"{licence.Number} until {licence.ExpiresOn:yyyy-MM-dd}";
        if (licence is null)
        {
            licence = new MerchantLicence { MerchantId = actor.MerchantId, Code = code, Name = requirement.Name, Number = renewal.Number!.Trim() };
            db.Licences.Add(licence);
        }
        licence.Number = renewal.Number!.Trim();
        licence.ExpiresOn = renewal.ExpiresOn!.Value;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("merchant-licence.renewed", $"{requirement.Name} ({actor.MerchantId})", before, $"{licence.Number} until {licence.ExpiresOn:yyyy-MM-dd}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return licence;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
