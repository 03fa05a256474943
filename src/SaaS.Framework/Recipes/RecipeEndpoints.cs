using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        // The body is optional, so it is read by hand: declaring it would make a body-less POST a 415.
        recipes.MapPost("/{name}/run", async (string name, HttpRequest request, RecipeImporter importer, CancellationToken ct) =>
        {
            var arguments = request.ContentLength > 0 ? await request.ReadFromJsonAsync<RecipeRunRequest>(ct) : null;
            return TypedResults.Ok(await importer.RunAsync(name, arguments?.Parameters, ct));
        });
    }
}
