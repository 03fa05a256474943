namespace SaaS.Seo;

/// <param name="Path">Relative to the tenant, e.g. <c>/p/hex-bolt-3f9a2c1d</c>.</param>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);
