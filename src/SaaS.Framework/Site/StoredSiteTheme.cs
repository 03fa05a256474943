using Microsoft.EntityFrameworkCore;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS.Site;

public sealed class StoredSiteTheme(SiteDbContext site) : ISiteTheme
{
    public async Task<string> CurrentAsync(CancellationToken cancellationToken) =>
        await site.Site.AsNoTracking().Where(s => s.Id == SiteRecord.SingletonId).Select(s => s.Theme).SingleOrDefaultAsync(cancellationToken)
        ?? SiteSettings.DefaultTheme;
}
