using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Jobs;
using SaaS.Payments.Data;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Settlement;

/// <summary>
/// Runs the settlement cycle: on the marketplace's settlement weekday, one run per day (its period key, unique in
/// the database, keeps a second node or a second tick from running it again); a run a crash interrupted is
/// resumed first.
/// </summary>
public sealed class SettlementJob : ITenantJob
{
    public string Name => "settlement";

    public string? FeatureId => Manifest.PaymentsFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<PaymentsDbContext>();
        var settlements = tenantServices.GetRequiredService<Settlements>();
        foreach (var unfinished in await db.SettlementRuns.AsNoTracking().Where(r => r.FinishedUtc == null).ToListAsync(cancellationToken))
        {
            await settlements.RunAsync(unfinished.PeriodKey, unfinished.CutoffUtc, unfinished.StartedBy, cancellationToken);
        }
        var settings = await tenantServices.GetRequiredService<PaymentSettingsStore>().GetAsync(cancellationToken);
        var now = tenantServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (now.DayOfWeek != settings.SettlementWeekday) return;
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        await settlements.RunAsync(day.ToString("yyyy-MM-dd"), day, "settlement job", cancellationToken);
    }
}
