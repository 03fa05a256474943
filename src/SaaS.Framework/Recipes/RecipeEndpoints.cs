using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Identity;
using SaaS.Security;

namespace SaaS.Recipes;

public static class RecipeEndpoints
{
    public static void MapRecipeEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var recipes = tenantRoutes.MapGroup("/api/admin/recipes").RequirePermission(CorePermissions.RunRecipes);
        recipes.MapGet("", (RecipeLibrary library) => TypedResults.Ok(library.List(includeImports: true)));
        recipes.MapPost("/{name}/run", async (string name, [FromBody] RecipeRunRequest? request, RecipeImporter importer, CancellationToken ct) =>
            TypedResults.Ok(await importer.RunAsync(name, request?.Parameters, ct)));
    }
}
