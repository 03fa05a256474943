using Microsoft.Extensions.DependencyInjection;
using SaaS.Jobs;
using SaaS.Tenants;

namespace SaaS.Messaging.Outbox;

/// <summary>
/// Wakes each marketplace's dispatcher when the host starts (and hourly): a tenant nobody has visited since a restart
/// is not active here, and its queued messages would otherwise wait for a visitor.
/// </summary>
public sealed class OutboxWakeJob(DispatchSignals signals) : ITenantJob
{
    public string Name => "message-outbox";

    public string? FeatureId => Manifest.MessagingFeature;

    public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        signals.Wake(tenantServices.GetRequiredService<ITenant>().Name);
        return Task.CompletedTask;
    }
}
