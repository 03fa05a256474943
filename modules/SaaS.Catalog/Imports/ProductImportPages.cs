using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Catalog.Imports;

/// <summary>
/// The merchant's import page in the storefront theme: upload a sheet, then watch it run (the page polls the
/// status API; without scripts it refreshes itself) and read what was refused. Guarded like the merchant center:
/// a member without <c>catalog.products.manage</c> sees why, with 403.
/// </summary>
public static class ProductImportPages
{
    private const string View = "ProductImport";

    public static void MapProductImportPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup("/merchant/products/import").RequireAuthorization();
        // A lambda of HttpContext alone would bind as a RequestDelegate and drop the result: typed as a Func it is a route handler.
        pages.MapGet("", (Func<HttpContext, Task<IResult>>)(http => RenderAsync(http, (actor, model) => UploadAsync(http, actor, model, null))));
        pages.MapPost("", (HttpContext http, [FromForm] IFormCollection form) => RenderAsync(http, async (actor, model) =>
        {
            try
            {
                var import = await http.RequestServices.GetRequiredService<ProductImports>()
                    .StartAsync(actor, form.Files.GetFile("file"), ProductImportEndpoints.IsChecked(form["publish"]), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/merchant/products/import/{import.Id}");
            }
            catch (ProblemException problem)
            {
                return await UploadAsync(http, actor, model with { Error = string.Join(" ", problem.Errors.SelectMany(e => e.Value)) }, problem.Status);
            }
        }));
        pages.MapGet("/{id:guid}", (Guid id, HttpContext http) => RenderAsync(http, async (actor, model) =>
        {
            var renderer = http.RequestServices.GetRequiredService<IStorefrontRenderer>();
            try
            {
                var import = await http.RequestServices.GetRequiredService<ProductImports>().GetAsync(actor, id, http.RequestAborted);
                return await InCenterAsync(http, model with { Page = "status", Import = import }, "Product import", StatusCodes.Status200OK);
            }
            catch (NotFoundException)
            {
                return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            }
        }));
    }

    private static async Task<IResult> UploadAsync(HttpContext http, MerchantActor actor, ImportPageModel model, int? status)
    {
        var services = http.RequestServices;
        var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(http.RequestAborted);
        var parents = snapshot.All.Select(c => c.ParentId).ToHashSet();
        model = model with
        {
            Page = "upload",
            // Templates are per category; leaves are where products usually hang.
            Categories = snapshot.All.Where(c => !parents.Contains(c.Id)).OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
            Recent = await services.GetRequiredService<ProductImports>().RecentAsync(actor, 10, http.RequestAborted),
        };
        return await InCenterAsync(http, model, "Import products", status ?? StatusCodes.Status200OK);
    }

    /// <summary>Inside the merchant center's frame, with its navigation, like the merchant's other product pages.</summary>
    private static Task<IResult> InCenterAsync(HttpContext http, ImportPageModel model, string title, int status) =>
        http.RequestServices.GetRequiredService<IMerchantCenter>().RenderAsync(http, View, title, MerchantCatalogPermissions.ManageProducts, _ => Task.FromResult<object>(model), status);

    private static async Task<IResult> RenderAsync(HttpContext http, Func<MerchantActor, ImportPageModel, Task<IResult>> page)
    {
        var services = http.RequestServices;
        MerchantActor actor;
        try
        {
            actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantCatalogPermissions.ManageProducts, http.RequestAborted);
        }
        catch (ForbiddenException denied)
        {
            return await services.GetRequiredService<IStorefrontRenderer>().RenderAsync(View,
                new ImportPageModel("denied") { Error = denied.Errors.SelectMany(e => e.Value).First() }, "No access", StatusCodes.Status403Forbidden);
        }
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return await page(actor, new ImportPageModel("upload") { AntiforgeryField = tokens.FormFieldName, AntiforgeryToken = tokens.RequestToken });
    }
}
