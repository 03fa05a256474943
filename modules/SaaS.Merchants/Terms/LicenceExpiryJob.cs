using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Merchants.Data;
using SaaS.Merchants.Events;

namespace SaaS.Merchants.Terms;

/// <summary>
/// Warns merchants a month before a licence expires and tells them when it has. Each notice is keyed by the
/// expiry date it was about and committed with the event, so a repeated tick stays silent and a renewal re-arms it.
/// </summary>
public sealed class LicenceExpiryJob(TimeProvider clock) : ITenantJob
{
    public static readonly TimeSpan WarningPeriod = TimeSpan.FromDays(30);

    public string Name => "licence-expiry";

    public string? FeatureId => Manifest.MerchantsFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<MerchantsDbContext>();
        var events = tenantServices.GetRequiredService<IEventPublisher>();
        var database = tenantServices.GetRequiredService<ITenantDatabase>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(WarningPeriod.Days);
        var due = await db.Licences.Where(l => l.MerchantId != null && l.ExpiresOn <= horizon).ToListAsync(cancellationToken);
        foreach (var licence in due)
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            if (licence.ExpiresOn < today && licence.ExpiredNoticeFor != licence.ExpiresOn)
            {
                licence.ExpiredNoticeFor = licence.ExpiresOn;
                await events.PublishAsync(new MerchantLicenceExpired(licence.MerchantId!.Value, licence.Code, licence.Name, licence.ExpiresOn), cancellationToken);
            }
            else if (licence.ExpiresOn >= today && licence.ExpiringNoticeFor != licence.ExpiresOn)
            {
                licence.ExpiringNoticeFor = licence.ExpiresOn;
                await events.PublishAsync(new MerchantLicenceExpiring(licence.MerchantId!.Value, licence.Code, licence.Name, licence.ExpiresOn), cancellationToken);
            }
            else continue;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
