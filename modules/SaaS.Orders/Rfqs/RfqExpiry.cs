using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Jobs;
using SaaS.Orders.Data;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// Expires requests no merchant answered within <c>SaaS:Orders:RfqResponseDays</c> and quotes not accepted by
/// their last valid day, so lists and messages tell the truth even when nobody opens the RFQ.
/// </summary>
public sealed class RfqExpiry(ILogger<RfqExpiry> logger) : ITenantJob
{
    public string Name => "rfq-expiry";

    public string? FeatureId => Manifest.OrdersFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<OrdersDbContext>();
        var expired = await tenantServices.GetRequiredService<RfqTransitions>().ExpireDueAsync(db.Rfqs, cancellationToken);
        if (expired > 0) logger.LogInformation("Expired {RfqCount} quote requests", expired);
    }
}
