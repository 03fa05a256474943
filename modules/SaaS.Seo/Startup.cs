using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Modules;

namespace SaaS.Seo;

public sealed class Startup : IModuleStartup
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrls = 50_000;

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/robots.txt", (HttpContext context) =>
            TypedResults.Text($"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /merchant\nDisallow: /account\nSitemap: {BaseUrl(context)}/sitemap.xml\n"));
        tenantRoutes.MapGet("/sitemap.xml", async (HttpContext context, IEnumerable<ISitemapSource> sources, SaaS.Tenants.ITenant tenant) =>
        {
            var baseUrl = SecurityElement.Escape(BaseUrl(context));
            var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""");
            xml.Append($"<url><loc>{baseUrl}/</loc></url>");
            var count = 1;
            foreach (var source in sources.Where(s => s.FeatureId is null || tenant.EnabledFeatures.Contains(s.FeatureId)))
            {
                await foreach (var entry in source.EntriesAsync(context.RequestAborted))
                {
                    if (++count > MaxUrls) break;
                    xml.Append($"<url><loc>{baseUrl}{SecurityElement.Escape(entry.Path)}</loc>");
                    if (entry.LastModified is { } modified) xml.Append($"<lastmod>{modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</lastmod>");
                    xml.Append("</url>");
                }
            }
            xml.Append("</urlset>");
            return TypedResults.Text(xml.ToString(), "application/xml");
        });
    }

    private static string BaseUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
