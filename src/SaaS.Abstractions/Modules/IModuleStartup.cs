using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Modules;

/// <summary>
/// A module's front door. Services are registered once in the shared container; endpoints are mapped once
/// into the tenant route group, and the framework hides them from tenants that have the feature off.
/// </summary>
public interface IModuleStartup
{
    void ConfigureServices(IServiceCollection services);

    void MapEndpoints(IEndpointRouteBuilder tenantRoutes);
}
