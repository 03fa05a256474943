using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Audit;
using SaaS.Features;
using SaaS.Identity;
using SaaS.Recipes;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Themes;

namespace SaaS;

public static class SaaSApplicationExtensions
{
    /// <summary>The shared pipeline: errors as problem details, tenant resolution, routing, auth, rate limits.</summary>
    public static WebApplication UseSaaS(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Maps the framework's tenant endpoints and every module's, once, into a group only tenants reach.
    /// Each module's endpoints carry its main feature, so they vanish for tenants that have it off.
    /// </summary>
    public static IEndpointRouteBuilder MapSaaS(this WebApplication app, SaaSBuilder saas)
    {
        app.MapThemeAssets();
        var tenantRoutes = app.MapGroup("").WithMetadata(TenantEndpoint.Instance);
        tenantRoutes.MapIdentityEndpoints();
        tenantRoutes.MapAccountPages();
        tenantRoutes.MapFeatureEndpoints();
        tenantRoutes.MapRecipeEndpoints();
        tenantRoutes.MapThemeEndpoints();
        tenantRoutes.MapAdminPages();
        tenantRoutes.MapMediaEndpoints();
        tenantRoutes.MapAuditEndpoints();
        foreach (var (manifest, startup) in saas.Modules)
        {
            startup.MapEndpoints(tenantRoutes.MapGroup("").RequireFeature(manifest.Features[0].Id));
        }
        return tenantRoutes;
    }
}
