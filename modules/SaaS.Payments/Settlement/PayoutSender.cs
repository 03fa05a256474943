using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Jobs;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Stripe;
using SaaS.Tenants;

namespace SaaS.Payments.Settlement;

/// <summary>
/// Sends Stripe payouts after their statement commits and on every tick until sent: each transfer's idempotency key
/// is its own id, so a transfer Stripe made before a crash is found again, never made twice. A payout is booked as
/// sent (Dr payouts in transit, Cr Stripe balance) once all its transfers exist.
/// </summary>
public sealed partial class PayoutSender : ITenantJob
{
    public string Name => "stripe-payouts";

    public string? FeatureId => Manifest.PaymentsFeature;

    public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => SendPendingAsync(tenantServices, cancellationToken);

    public static async Task SendPendingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PaymentsDbContext>();
        var gateway = services.GetRequiredService<StripeGateway>();
        var payouts = services.GetRequiredService<Payouts>();
        var currency = services.GetRequiredService<ITenant>().Site.DefaultCurrency;
        var log = services.GetRequiredService<ILogger<PayoutSender>>();
        var pending = await db.Payouts.Include(p => p.Transfers).Where(p => p.State == PayoutState.Pending && p.Method == "stripe-transfer").OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var payout in pending)
        {
            try
            {
                var destination = await db.PayoutAccounts.AsNoTracking().Where(a => a.MerchantId == payout.MerchantId).Select(a => a.StripeAccountId).SingleAsync(cancellationToken);
                foreach (var transfer in payout.Transfers.Where(t => t.TransferId is null))
                {
                    var made = await gateway.TransferAsync(destination!, transfer.Amount, currency, transfer.CheckoutId, transfer.ChargeId, transfer.Id, cancellationToken);
                    transfer.TransferId = made.Id;
                    await db.SaveChangesAsync(cancellationToken);
                }
                await payouts.MarkSentAsync(payout, LedgerAccounts.StripeBalance, string.Join(",", payout.Transfers.Select(t => t.TransferId)), "stripe", cancellationToken);
            }
            catch (Exception failure) when (failure is global::Stripe.StripeException or HttpRequestException or InvalidOperationException or Problems.ConflictException)
            {
                db.ChangeTracker.Clear();
                await db.Payouts.Where(p => p.Id == payout.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Attempts, p => p.Attempts + 1).SetProperty(p => p.LastError, failure.Message), cancellationToken);
                Failed(log, payout.Id, failure.Message);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Payout {PayoutId} not sent yet: {Reason}")]
    private static partial void Failed(ILogger logger, Guid payoutId, string reason);
}
