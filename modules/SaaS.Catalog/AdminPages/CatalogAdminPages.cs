using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Reviews;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Catalog.AdminPages;

/// <summary>The operator's catalog pages: the category tree with each category's attributes, and the review queue.</summary>
public static class CatalogAdminPages
{
    public static void MapCatalogAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var catalog = tenantRoutes.MapGroup("/admin/catalog").RequirePermission(AdminAccess.Permission).RequirePermission(CatalogPermissions.ManageCatalog);
        catalog.MapGet("", (HttpContext http, Guid? category, string? message) => CatalogAsync(http, category, message, null));
        catalog.MapPost("/{action:regex(^(category|update|delete|attribute|settings)$)}", async (string action, HttpContext http, [FromForm] IFormCollection form) =>
        {
            var services = http.RequestServices;
            var categories = services.GetRequiredService<CategoryService>();
            Guid? Id(string key) => Guid.TryParse(form[key], out var id) ? id : null;
            var selected = Id("categoryId");
            try
            {
                string message;
                switch (action)
                {
                    case "category":
                        selected = (await categories.CreateAsync(new CategoryRequest(form["slug"], form["name"], Id("parentId"), null, form["verifiedBuyersOnly"] == "true"), http.RequestAborted)).Id;
                        message = "Category added.";
                        break;
                    case "update":
                        await categories.UpdateAsync(selected!.Value, new CategoryRequest(form["slug"], form["name"], Id("parentId"), int.TryParse(form["sortOrder"], out var order) ? order : null,
                            form["verifiedBuyersOnly"] == "true"), http.RequestAborted);
                        message = "Category saved.";
                        break;
                    case "delete":
                        await categories.DeleteAsync(selected!.Value, http.RequestAborted);
                        (selected, message) = (null, "Category deleted.");
                        break;
                    case "attribute":
                        var options = form["options"].ToString().Split([',', '，', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                        await categories.AddAttributeAsync(selected!.Value, new AttributeRequest(form["code"], form["name"], form["kind"], form["unit"], options,
                            form["required"] == "true", form["filterable"] == "true", form["searchable"] == "true", form["variant"] == "true"), http.RequestAborted);
                        message = "Attribute added.";
                        break;
                    default:
                        await services.GetRequiredService<ProductReviews>().SetRequiredAsync(form["requireReview"] == "true", http.RequestAborted);
                        message = "Catalog rules saved.";
                        break;
                }
                return Results.Redirect($"{http.Request.PathBase}/admin/catalog?{(selected is { } id ? $"category={id}&" : "")}message={Uri.EscapeDataString(message)}");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                return await CatalogAsync(http, selected, null, string.Join(" ", problem.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), problem.Status);
            }
        });

        var reviews = tenantRoutes.MapGroup("/admin/product-reviews").RequirePermission(AdminAccess.Permission).RequirePermission(CatalogPermissions.ReviewProducts);
        reviews.MapGet("", (HttpContext http, string? message) => ReviewsAsync(http, message, null));
        reviews.MapPost("/{id:guid}/{decision:regex(^(approve|reject)$)}", async (Guid id, string decision, HttpContext http, [FromForm] IFormCollection form, ProductReviews queue) =>
        {
            try
            {
                if (decision == "approve") await queue.ApproveAsync(id, http.RequestAborted);
                else await queue.RejectAsync(id, form["reason"], http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/admin/product-reviews?message={Uri.EscapeDataString(decision == "approve" ? "Approved and published." : "Rejected; the merchant sees the reason.")}");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                return await ReviewsAsync(http, null, string.Join(" ", problem.Errors.SelectMany(e => e.Value)), problem.Status);
            }
        });
    }

    private static async Task<IResult> CatalogAsync(HttpContext http, Guid? selectedId, string? message, string? error, int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(http.RequestAborted);
        var selected = selectedId is { } id && snapshot.Exists(id) ? snapshot.Path(id)[^1] : null;
        var rows = new List<CategoryRow>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var category in snapshot.All.Where(c => c.ParentId == parent).OrderBy(c => c.SortOrder).ThenBy(c => c.Name))
            {
                rows.Add(new CategoryRow(category.Id, category.Slug, category.Name, depth, category.Id == selected?.Id, category.VerifiedBuyersOnly));
                Walk(category.Id, depth + 1);
            }
        }
        Walk(null, 0);
        var attributes = selected is null ? [] : snapshot.AttributesFor(selected.Id);
        var model = new CatalogAdminModel(rows, selected, attributes.Where(a => a.CategoryId == selected?.Id).ToList(), attributes.Where(a => a.CategoryId != selected?.Id).ToList(),
            Enum.GetNames<AttributeKind>(), await services.GetRequiredService<ProductReviews>().RequiredAsync(http.RequestAborted), message, error);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "CatalogAdmin", model, "Catalog", status);
    }

    private static async Task<IResult> ReviewsAsync(HttpContext http, string? message, string? error, int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        var products = await services.GetRequiredService<ProductReviews>().QueueAsync(http.RequestAborted);
        var merchants = await services.GetRequiredService<IMerchantDirectory>().FindAsync(products.Select(p => p.MerchantId).Distinct().ToList(), http.RequestAborted);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "ProductReviews", new ReviewQueueModel(products, merchants, message, error), "Product reviews", status);
    }
}
