using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Site;

/// <summary>Changes a marketplace's settings; the next request sees them everywhere.</summary>
public sealed class SiteSettingsService(SiteDbContext site, ITenant tenant, TenantCatalog tenants)
{
    public async Task UpdateAsync(string? siteName, string? defaultCurrency, string? locale, string? timeZone, CancellationToken cancellationToken)
    {
        var errors = SiteSettingsRules.Check(siteName ?? "", defaultCurrency ?? "", locale ?? "", timeZone ?? "");
        if (errors.Count > 0) throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        var record = await site.Site.SingleAsync(s => s.Id == SiteRecord.SingletonId, cancellationToken);
        record.SiteName = siteName!.Trim();
        record.DefaultCurrency = defaultCurrency!;
        record.Locale = locale!;
        record.TimeZone = timeZone!;
        await site.SaveChangesAsync(cancellationToken);
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }
}
