using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SaaS.Messaging.Outbox;

/// <summary>
/// Each tenant's per-channel sending rate (its settings), shared by every lane of this node: a token bucket topped up
/// ten times a second, so a burst never exceeds a second's worth.
/// </summary>
public sealed class ChannelRateLimits
{
    private readonly ConcurrentDictionary<(string Tenant, string Channel), (int Rate, TokenBucketRateLimiter Limiter)> limiters = new();

    public async Task WaitTurnAsync(string tenant, string channel, int perSecond, CancellationToken cancellationToken)
    {
        var entry = limiters.AddOrUpdate((tenant, channel), _ => Create(perSecond), (_, existing) => existing.Rate == perSecond ? existing : Create(perSecond));
        using var lease = await entry.Limiter.AcquireAsync(1, cancellationToken);
    }

    private static (int, TokenBucketRateLimiter) Create(int perSecond) => (perSecond, new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perSecond,
        TokensPerPeriod = Math.Max(1, perSecond / 10),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(perSecond >= 10 ? 100 : 1000 / Math.Max(1, perSecond)),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    }));
}
