using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Identity;
using SaaS.Security;

namespace SaaS.Themes;

public static class ThemeEndpoints
{
    public static void MapThemeEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var themes = tenantRoutes.MapGroup("/api/admin/themes").RequirePermission(CorePermissions.ManageSettings);
        themes.MapGet("", (ThemeSelection selection) => TypedResults.Ok(selection.List()));
        themes.MapPost("/{name}/activate", async (string name, ThemeSelection selection, CancellationToken ct) =>
        {
            await selection.ActivateAsync(name, ct);
            return TypedResults.Ok(selection.List(active: name));
        });
    }
}
