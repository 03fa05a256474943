using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Jobs;
using SaaS.Payments.Data;

namespace SaaS.Payments.Payments;

/// <summary>
/// Recovers payments confirmed at the provider but never booked here (the process died between the two, or the
/// webhook was lost): on start and every tick, open payments are checked with their provider and booked once.
/// </summary>
public sealed class PendingPaymentSweep : ITenantJob
{
    public string Name => "pending-payments";

    public string? FeatureId => Manifest.PaymentsFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<PaymentsDbContext>();
        var providers = tenantServices.GetServices<IPaymentProvider>().ToList();
        var book = tenantServices.GetRequiredService<PaymentBook>();
        var open = await db.Payments.AsNoTracking().Where(p => p.State == PaymentState.Pending && p.ProviderReference != null).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var payment in open) await CheckAsync(payment, providers, book, cancellationToken);
    }

    public static async Task CheckAsync(Payment payment, IEnumerable<IPaymentProvider> providers, PaymentBook book, CancellationToken cancellationToken)
    {
        if (payment.State != PaymentState.Pending) return;
        var provider = providers.SingleOrDefault(p => p.Method == payment.Method);
        if (provider is null || await provider.CheckAsync(payment, cancellationToken) is not { } receipt) return;
        await book.ReceiveAsync(payment.Id, receipt.Amount, receipt.Reference, receipt.ChargeId, cancellationToken);
    }
}
