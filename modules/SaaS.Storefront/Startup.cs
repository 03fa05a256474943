using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        tenantRoutes.MapGet("/", (IStorefrontRenderer renderer) => renderer.RenderAsync("Home", model: null));
        tenantRoutes.MapFallback(NotFoundPage.RenderAsync);
    }
}
