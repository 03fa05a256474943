using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Pricing;
using SaaS.Catalog.Products;
using SaaS.Catalog.Reviews;
using SaaS.Catalog.Storefront;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Security;

namespace SaaS.Catalog;

/// <summary>The catalog's JSON API: the merchant's products, the operator's categories and reviews, and the public catalog.</summary>
public static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var merchant = tenantRoutes.MapGroup("/api/merchant/products");
        merchant.MapGet("", async (string? q, ProductStatus? status, HttpContext http, ProductService products) =>
            TypedResults.Ok(await products.ListAsync(http.GetMerchantActor(), q, status, http.RequestAborted))).RequireMerchantPermission(MerchantCatalogPermissions.ViewProducts);
        merchant.MapGet("/{id:guid}", async (Guid id, HttpContext http, ProductService products) =>
            TypedResults.Ok(await products.GetAsync(http.GetMerchantActor(), id, http.RequestAborted))).RequireMerchantPermission(MerchantCatalogPermissions.ViewProducts);
        var manage = merchant.MapGroup("").RequireMerchantPermission(MerchantCatalogPermissions.ManageProducts);
        manage.MapPost("", async (ProductRequest request, HttpContext http, ProductService products) =>
        {
            var product = await products.CreateAsync(http.GetMerchantActor(), request, http.RequestAborted);
            return TypedResults.Created($"/api/merchant/products/{product.Id}", new { id = product.Id, slug = product.Slug, status = product.Status.ToString() });
        });
        manage.MapPut("/{id:guid}", async (Guid id, ProductRequest request, HttpContext http, ProductService products) =>
            TypedResults.Ok(ProductView.From(await products.UpdateAsync(http.GetMerchantActor(), id, request, http.RequestAborted))));
        manage.MapPost("/{id:guid}/publish", async (Guid id, HttpContext http, ProductService products) =>
            TypedResults.Ok(new { id, status = (await products.PublishAsync(http.GetMerchantActor(), id, http.RequestAborted)).Status.ToString() }));
        manage.MapPost("/{id:guid}/delist", async (Guid id, HttpContext http, ProductService products) =>
            TypedResults.Ok(new { id, status = (await products.DelistAsync(http.GetMerchantActor(), id, http.RequestAborted)).Status.ToString() }));
        manage.MapPost("/{id:guid}/images", async (Guid id, HttpContext http, Images.ProductImages images) =>
        {
            if (!http.Request.HasFormContentType) throw new SaaS.Problems.ValidationFailedException("file", "Send the photo as multipart/form-data in 'file'.");
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var image = await images.AddAsync(http.GetMerchantActor(), id, form.Files.GetFile("file"), http.RequestAborted);
            return TypedResults.Created(image.Large, image);
        }).DisableAntiforgery();
        manage.MapDelete("/{id:guid}/images/{imageId:guid}", async (Guid id, Guid imageId, HttpContext http, Images.ProductImages images) =>
        {
            await images.DeleteAsync(http.GetMerchantActor(), id, imageId, http.RequestAborted);
            return TypedResults.NoContent();
        });
        manage.MapPut("/{id:guid}/images/order", async (Guid id, Images.ImageOrderRequest request, HttpContext http, Images.ProductImages images) =>
            TypedResults.Ok(await images.ReorderAsync(http.GetMerchantActor(), id, request.ImageIds, http.RequestAborted)));
        manage.MapPost("/bulk", async (BulkRequest request, HttpContext http, ProductService products) =>
            TypedResults.Ok(await products.BulkAsync(http.GetMerchantActor(), request, http.RequestAborted)));

        var categories = tenantRoutes.MapGroup("/api/admin/categories").RequirePermission(CatalogPermissions.ManageCatalog);
        categories.MapPost("", async (CategoryRequest request, CategoryService service, CancellationToken ct) =>
        {
            var category = await service.CreateAsync(request, ct);
            return TypedResults.Created($"/api/categories/{category.Id}", category);
        });
        categories.MapPut("/{id:guid}", async (Guid id, CategoryRequest request, CategoryService service, CancellationToken ct) => TypedResults.Ok(await service.UpdateAsync(id, request, ct)));
        categories.MapDelete("/{id:guid}", async (Guid id, CategoryService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });
        categories.MapPost("/{id:guid}/attributes", async (Guid id, AttributeRequest request, CategoryService service, CancellationToken ct) =>
            TypedResults.Created($"/api/categories/{id}/attributes", await service.AddAttributeAsync(id, request, ct)));
        categories.MapPut("/{id:guid}/attributes/{code}", async (Guid id, string code, AttributeRequest request, CategoryService service, CancellationToken ct) =>
            TypedResults.Ok(await service.UpdateAttributeAsync(id, code, request, ct)));

        var reviews = tenantRoutes.MapGroup("/api/admin/product-reviews").RequirePermission(CatalogPermissions.ReviewProducts);
        reviews.MapGet("", async (ProductReviews service, CancellationToken ct) => TypedResults.Ok(await service.QueueAsync(ct)));
        reviews.MapPost("/{id:guid}/approve", async (Guid id, ProductReviews service, CancellationToken ct) =>
        {
            await service.ApproveAsync(id, ct);
            return TypedResults.Ok(new { id, status = nameof(ProductStatus.Published) });
        });
        reviews.MapPost("/{id:guid}/reject", async (Guid id, ReasonBody request, ProductReviews service, CancellationToken ct) =>
        {
            await service.RejectAsync(id, request.Reason, ct);
            return TypedResults.Ok(new { id, status = nameof(ProductStatus.Draft) });
        });
        tenantRoutes.MapGet("/api/admin/catalog-settings", async (ProductReviews service, CancellationToken ct) => TypedResults.Ok(new { requireReview = await service.RequiredAsync(ct) }))
            .RequirePermission(CatalogPermissions.ManageCatalog);
        tenantRoutes.MapPut("/api/admin/catalog-settings", async (CatalogSettingsBody request, ProductReviews service, CancellationToken ct) =>
        {
            await service.SetRequiredAsync(request.RequireReview, ct);
            return TypedResults.Ok(new { requireReview = request.RequireReview });
        }).RequirePermission(CatalogPermissions.ManageCatalog);

        tenantRoutes.MapGet("/media/products/{productId:guid}/{file}", (Guid productId, string file, HttpContext http, Images.ProductImages images) =>
        {
            if (images.File(productId, file) is not { } path) return Results.NotFound();
            // Renditions never change under their name (a new photo gets a new id), so caches may keep them.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(path, "image/webp");
        });
        tenantRoutes.MapGet("/api/categories", async (CategoryService service, CancellationToken ct) => TypedResults.Ok(await service.TreeAsync(ct)));
        tenantRoutes.MapGet("/api/categories/{id:guid}/attributes", async (Guid id, CategoryService service, CancellationToken ct) =>
        {
            await service.FindAsync(id, ct);
            return TypedResults.Ok(await service.EffectiveAttributesAsync(id, ct));
        });
        tenantRoutes.MapGet("/api/products/{idOrSlug}", async (string idOrSlug, HttpContext http, ProductCatalog catalog, PriceLists prices, ICompanyDirectory companies) =>
        {
            var product = await catalog.PublishedAsync(idOrSlug, await companies.IsVerifiedBuyerAsync(http.User, http.RequestAborted), http.RequestAborted);
            return TypedResults.Ok(product with { BuyerPrice = await prices.ForBuyerAsync(http.User, product, http.RequestAborted) });
        });

        var priceLists = tenantRoutes.MapGroup("/api/merchant/price-lists").RequireMerchantPermission(MerchantCatalogPermissions.ManageProducts);
        priceLists.MapGet("", async (HttpContext http, PriceLists lists) => TypedResults.Ok(await lists.ListAsync(http.GetMerchantActor(), http.RequestAborted)));
        priceLists.MapPost("", async (PriceListRequest request, HttpContext http, PriceLists lists) =>
        {
            var list = await lists.SaveAsync(http.GetMerchantActor(), null, request, http.RequestAborted);
            return TypedResults.Created($"/api/merchant/price-lists/{list.Id}", list);
        });
        priceLists.MapPut("/{id:guid}", async (Guid id, PriceListRequest request, HttpContext http, PriceLists lists) =>
            TypedResults.Ok(await lists.SaveAsync(http.GetMerchantActor(), id, request, http.RequestAborted)));
        priceLists.MapDelete("/{id:guid}", async (Guid id, HttpContext http, PriceLists lists) =>
        {
            await lists.DeleteAsync(http.GetMerchantActor(), id, http.RequestAborted);
            return TypedResults.NoContent();
        });
        tenantRoutes.MapGet("/api/products", async (Guid? category, Guid? merchant, bool? inStock, decimal? minPrice, decimal? maxPrice, string? sort, int? page,
            HttpContext http, ProductCatalog catalog, ICompanyDirectory companies) =>
            TypedResults.Ok(await catalog.ListAsync(new ListingQuery(category, merchant, inStock ?? false, minPrice, maxPrice, sort, page ?? 1)
            {
                VerifiedBuyer = await companies.IsVerifiedBuyerAsync(http.User, http.RequestAborted),
            }, http.RequestAborted)));
    }
}
