namespace SaaS.Seo;

/// <summary>
/// Pages a module wants search engines to find (categories, products, shops), as tenant-relative paths with
/// their last change. Only what anonymous visitors may see belongs here.
/// </summary>
public interface ISitemapSource
{
    /// <summary>The feature whose pages these are; a tenant without it lists none of them.</summary>
    string? FeatureId { get; }

    IAsyncEnumerable<SitemapEntry> EntriesAsync(CancellationToken cancellationToken);
}
