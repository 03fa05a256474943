using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Jobs;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Stripe;

namespace SaaS.Payments.Refunds;

/// <summary>
/// Sends booked card refunds through Stripe, after the booking commits and again on every job tick until sent. The
/// idempotency key is the refund's id: a refund Stripe made before a crash is found again, never made twice.
/// </summary>
public sealed partial class RefundSender : ITenantJob
{
    public string Name => "card-refunds";

    public string? FeatureId => Manifest.PaymentsFeature;

    public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => SendPendingAsync(tenantServices, cancellationToken);

    public static async Task SendPendingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PaymentsDbContext>();
        var gateway = services.GetRequiredService<StripeGateway>();
        var book = services.GetRequiredService<RefundBook>();
        var log = services.GetRequiredService<ILogger<RefundSender>>();
        var pending = await db.Refunds.Where(r => r.State == RefundState.Pending && r.Method == "card").OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var refund in pending)
        {
            var intent = await db.Payments.AsNoTracking().Where(p => p.Id == refund.PaymentId).Select(p => p.ProviderReference).SingleOrDefaultAsync(cancellationToken);
            try
            {
                var sent = await gateway.RefundAsync(intent!, refund.Amount, refund.Id, cancellationToken);
                await book.MarkSentAsync(refund, LedgerAccounts.StripeBalance, sent.Id, cancellationToken);
            }
            catch (Exception failure) when (failure is global::Stripe.StripeException or HttpRequestException or Problems.ConflictException)
            {
                db.ChangeTracker.Clear();
                await db.Refunds.Where(r => r.Id == refund.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.LastError, failure.Message), cancellationToken);
                Failed(log, refund.Id, failure.Message);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Refund {RefundId} not sent yet: {Reason}")]
    private static partial void Failed(ILogger logger, Guid refundId, string reason);
}
