using SaaS.Tenants;

namespace SaaS.Orders.Orders;

/// <summary>
/// Days as the marketplace counts them, in its time zone (Asia/Shanghai unless the operator chose another): an
/// order placed at 07:00 UTC on the 3rd was placed on the 3rd in Shanghai, one placed at 17:00 UTC on the 4th.
/// </summary>
public sealed class MarketplaceCalendar(ITenant tenant, TimeProvider clock)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Site.TimeZone, out var found) ? found : TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The instant <paramref name="day"/> begins in the marketplace, in UTC (PostgreSQL stores no other offset).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
