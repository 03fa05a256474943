namespace SaaS.Jobs;

/// <summary>
/// Housekeeping a module runs in every running tenant where its feature is on (licence expiry, stale carts).
/// Runs in a tenant scope outside any request; it must be idempotent, since a tick may repeat after a crash.
/// </summary>
public interface ITenantJob
{
    string Name { get; }

    string? FeatureId { get; }

    Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}
