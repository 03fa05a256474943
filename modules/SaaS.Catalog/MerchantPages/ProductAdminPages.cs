using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.MerchantPages;

/// <summary>
/// The merchant center's product pages: the list with search, state filter and bulk actions, and the editor
/// that builds the SKU matrix from variant values and shows every message next to its field. Works without script.
/// </summary>
public static class ProductAdminPages
{
    public static void MapProductAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup("/merchant/products").RequireAuthorization();
        pages.MapGet("", (HttpContext http, string? q, string? status) => ListAsync(http, q, status, [], null));
        pages.MapPost("/bulk", async (HttpContext http, [FromForm] IFormCollection form) =>
        {
            var request = new BulkRequest(form["ids"].Select(i => Guid.TryParse(i, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList(), form["action"],
                decimal.TryParse(form["percent"], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var percent) ? percent : null,
                int.TryParse(form["stock"], out var stock) ? stock : null);
            try
            {
                var actor = await http.RequestServices.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantCatalogPermissions.ManageProducts, http.RequestAborted);
                var results = await http.RequestServices.GetRequiredService<ProductService>().BulkAsync(actor, request, http.RequestAborted);
                return await ListAsync(http, form["q"], form["status"], results, null);
            }
            catch (ProblemException problem) when (problem is not ForbiddenException)
            {
                return await ListAsync(http, form["q"], form["status"], [], string.Join(" ", problem.Errors.SelectMany(e => e.Value)), problem.Status);
            }
        });
        pages.MapGet("/new", (HttpContext http, Guid? category) => EditorAsync(http, null, EditorForm.Blank(category), new Dictionary<string, string>()));
        pages.MapGet("/{id:guid}", async (Guid id, HttpContext http) =>
        {
            try
            {
                return await EditorAsync(http, id, null, new Dictionary<string, string>());
            }
            catch (NotFoundException)
            {
                return await http.RequestServices.GetRequiredService<SaaS.Themes.IStorefrontRenderer>().RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            }
        });
        pages.MapPost("/{id:guid}/images/{action:regex(^(add|delete|earlier|cover)$)}", async (Guid id, string action, HttpContext http, [FromForm] IFormCollection form) =>
        {
            var services = http.RequestServices;
            try
            {
                var actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantCatalogPermissions.ManageProducts, http.RequestAborted);
                var images = services.GetRequiredService<Images.ProductImages>();
                var imageId = Guid.TryParse(form["imageId"], out var posted) ? posted : Guid.Empty;
                var message = action switch
                {
                    "add" => "Photo added.",
                    "delete" => "Photo deleted.",
                    "cover" => "The photo is now the cover.",
                    _ => "Photo moved.",
                };
                if (action == "add") await images.AddAsync(actor, id, form.Files.GetFile("file"), http.RequestAborted);
                else if (action == "delete") await images.DeleteAsync(actor, id, imageId, http.RequestAborted);
                else await images.MoveEarlierAsync(actor, id, imageId, toFront: action == "cover", http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/merchant/products/{id}?message={Uri.EscapeDataString(message)}");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                return await EditorAsync(http, id, null, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status);
            }
        });
        pages.MapPost("/editor", async (HttpContext http, [FromForm] IFormCollection posted) =>
        {
            var form = EditorForm.From(posted);
            var services = http.RequestServices;
            var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(http.RequestAborted);
            var action = posted["action"].ToString();
            if (action is "category" or "matrix")
            {
                if (form.CategoryId is { } category && snapshot.Exists(category)) form.RegenerateMatrix(snapshot.AttributesFor(category).Where(a => a.Variant).ToList());
                return await EditorAsync(http, form.ProductId, form, new Dictionary<string, string>());
            }
            var errors = new Dictionary<string, string>();
            var request = form.ToRequest(errors);
            if (errors.Count > 0) return await EditorAsync(http, form.ProductId, form, errors, StatusCodes.Status400BadRequest);
            try
            {
                var actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantCatalogPermissions.ManageProducts, http.RequestAborted);
                var products = services.GetRequiredService<ProductService>();
                var product = form.ProductId is { } id
                    ? await products.UpdateAsync(actor, id, request, http.RequestAborted)
                    : await products.CreateAsync(actor, request, http.RequestAborted);
                var message = "Saved.";
                if (action == "publish")
                {
                    try
                    {
                        product = await products.PublishAsync(actor, product.Id, http.RequestAborted);
                        message = product.Status == ProductStatus.Published ? "Saved and published." : "Saved and sent for review.";
                    }
                    catch (ConflictException refused)
                    {
                        message = "Saved, not published: " + string.Join(" ", refused.Errors.SelectMany(e => e.Value));
                    }
                }
                return Results.Redirect($"{http.Request.PathBase}/merchant/products/{product.Id}?message={Uri.EscapeDataString(message)}");
            }
            catch (ProblemException problem) when (problem is not ForbiddenException)
            {
                return await EditorAsync(http, form.ProductId, form, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status);
            }
        });
    }

    private static Task<IResult> ListAsync(HttpContext http, string? query, string? status, IReadOnlyList<BulkResult> results, string? error, int statusCode = StatusCodes.Status200OK)
    {
        var filter = Enum.TryParse<ProductStatus>(status, out var parsed) ? parsed : (ProductStatus?)null;
        return http.RequestServices.GetRequiredService<IMerchantCenter>().RenderAsync(http, "MerchantProducts", "Products", MerchantCatalogPermissions.ViewProducts, async actor =>
            new ProductListModel(await http.RequestServices.GetRequiredService<ProductService>().ListAsync(actor, query, filter, http.RequestAborted),
                query, filter?.ToString(), actor.Has(MerchantCatalogPermissions.ManageProducts), results, error), statusCode);
    }

    private static Task<IResult> EditorAsync(HttpContext http, Guid? productId, EditorForm? form, IReadOnlyDictionary<string, string> errors, int statusCode = StatusCodes.Status200OK) =>
        http.RequestServices.GetRequiredService<IMerchantCenter>().RenderAsync(http, "MerchantProductEditor", "Product", MerchantCatalogPermissions.ManageProducts, async actor =>
        {
            var services = http.RequestServices;
            var product = productId is { } id ? await services.GetRequiredService<ProductService>().GetAsync(actor, id, http.RequestAborted) : null;
            var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(http.RequestAborted);
            var model = (form ?? EditorForm.From(product!)).ToModel(snapshot, product, errors);
            return productId is { } productKey ? model with { Images = await services.GetRequiredService<Images.ProductImages>().ForProductAsync(productKey, http.RequestAborted) } : model;
        }, statusCode);
}
