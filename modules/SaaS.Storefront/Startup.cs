using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Modules;
using SaaS.Storefront.Home;

namespace SaaS.Storefront;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes) => tenantRoutes.MapGet("/", HomePage.Render);
}
