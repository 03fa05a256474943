using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Blocks;
using SaaS.Modules;
using SaaS.Storefront.Home;
using SaaS.Storefront.Liquid;
using SaaS.Themes;

namespace SaaS.Storefront;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services) => services
        .AddModuleViews(typeof(Startup).Assembly)
        .AddLiquidFilters<ImageFilters>();

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        // The operator's published home page when shop decoration is on; the theme's welcome otherwise.
        tenantRoutes.MapGet("/", async (HttpContext http, IStorefrontRenderer renderer) =>
            http.RequestServices.GetService<IComposedPages>() is { } pages && await pages.PublishedAsync(null, "home", http.RequestAborted) is { } blocks
                ? await renderer.RenderComposedAsync("Home", model: null, blocks)
                : await renderer.RenderAsync("Home", model: null));
        tenantRoutes.MapFallback(NotFoundPage.RenderAsync);
    }
}
