using System.Runtime.CompilerServices;
using SaaS.Seo;

namespace SaaS.Merchants.Shops;

/// <summary>The merchant directory and every trading merchant's shop, for the tenant's sitemap.</summary>
public sealed class ShopSitemap(IMerchantDirectory merchants) : ISitemapSource
{
    public string? FeatureId => Manifest.MerchantsFeature;

    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/merchants", null);
        foreach (var id in (await merchants.ActiveAsync(cancellationToken)).Order()) yield return new SitemapEntry($"/shops/{id}", null);
    }
}
