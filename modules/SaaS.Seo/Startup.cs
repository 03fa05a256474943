using System.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Modules;

namespace SaaS.Seo;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/robots.txt", (HttpContext context) =>
            TypedResults.Text($"User-agent: *\nAllow: /\nSitemap: {BaseUrl(context)}/sitemap.xml\n"));
        tenantRoutes.MapGet("/sitemap.xml", (HttpContext context) => TypedResults.Text(
            $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{SecurityElement.Escape(BaseUrl(context))}/</loc></url></urlset>""",
            "application/xml"));
    }

    private static string BaseUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
