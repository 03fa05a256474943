using SaaS.Recipes;
using SaaS.Tenancy;
using SaaS.Web.Tenants;

namespace SaaS.Web.Operator;

/// <summary>The platform operator's REST API: recipes and tenants.</summary>
public static class OperatorEndpoints
{
    public static void MapOperatorEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithMetadata(HostEndpoint.Instance).AddEndpointFilter<OperatorApiKeyFilter>();
        api.MapGet("/recipes", (RecipeLibrary recipes) => TypedResults.Ok(recipes.List()));

        var tenants = api.MapGroup("/tenants");
        tenants.MapGet("", (TenantCatalog catalog, ShellHost shells, HttpContext http) =>
            TypedResults.Ok(catalog.All.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => TenantInfo.From(t, BaseUrl(http), shells)).ToList()));
        tenants.MapGet("/{name}", (string name, TenantCatalog catalog, ShellHost shells, HttpContext http) =>
            TypedResults.Ok(TenantInfo.From(catalog.Get(name), BaseUrl(http), shells)));
        tenants.MapPost("", async (CreateTenantRequest request, TenantManager manager, ShellHost shells, HttpContext http, CancellationToken ct) =>
        {
            var tenant = TenantInfo.From(await manager.CreateAsync(request, progress: null, ct), BaseUrl(http), shells);
            return TypedResults.Created($"/api/tenants/{tenant.Name}", tenant);
        });
        tenants.MapPost("/{name}/disable", async (string name, TenantManager manager, ShellHost shells, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(TenantInfo.From(await manager.DisableAsync(name, ct), BaseUrl(http), shells)));
        tenants.MapPost("/{name}/enable", async (string name, TenantManager manager, ShellHost shells, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(TenantInfo.From(await manager.EnableAsync(name, ct), BaseUrl(http), shells)));
        tenants.MapDelete("/{name}", async (string name, TenantManager manager, CancellationToken ct) =>
        {
            await manager.DeleteAsync(name, ct);
            return TypedResults.NoContent();
        });
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
