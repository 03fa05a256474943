using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Blocks;
using SaaS.Decoration.Pages;
using SaaS.Merchants;
using SaaS.Security;

namespace SaaS.Decoration;

/// <summary>
/// The decoration API: a merchant's shop pages under <c>/api/merchant/shop</c>, the marketplace's pages under
/// <c>/api/admin/pages/{page}</c> and its home also under <c>/api/admin/home</c>. Both have the same shape.
/// </summary>
public static class PageEndpoints
{
    public static void MapPageEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var shop = tenantRoutes.MapGroup("/api/merchant/shop").RequireMerchantPermission(MerchantDecorationPermissions.DecorateShop);
        shop.MapGet("/blocks", (BlockCatalog blocks) => TypedResults.Ok(blocks.For(BlockPlacement.Shop)));
        shop.MapGet("/pages", async (HttpContext http, PageService pages) => TypedResults.Ok(await pages.ListAsync(http.GetMerchantActor().MerchantId, http.RequestAborted)));
        MapPage(shop.MapGroup("/pages/{page}"), http => http.GetMerchantActor().MerchantId);
        shop.MapGet("/appearance", async (HttpContext http, ShopAppearances appearances) =>
            TypedResults.Ok(await appearances.GetAsync(http.GetMerchantActor().MerchantId, http.RequestAborted)));
        shop.MapPut("/appearance", async (AppearanceRequest request, HttpContext http, ShopAppearances appearances) =>
            TypedResults.Ok(await appearances.SaveAsync(http.GetMerchantActor().MerchantId, request, http.RequestAborted)));
        MapImages(shop.MapGroup("/images"), http => http.GetMerchantActor().MerchantId);
        shop.MapGet("/inquiries", async (HttpContext http, Inquiries inquiries) =>
            TypedResults.Ok(await inquiries.RecentAsync(http.GetMerchantActor().MerchantId, http.RequestAborted)));

        var admin = tenantRoutes.MapGroup("/api/admin").RequirePermission(DecorationPermissions.ManagePages);
        admin.MapGet("/blocks", (BlockCatalog blocks) => TypedResults.Ok(blocks.For(BlockPlacement.Marketplace)));
        admin.MapGet("/pages", async (HttpContext http, PageService pages) => TypedResults.Ok(await pages.ListAsync(DecoratedPage.Marketplace, http.RequestAborted)));
        MapPage(admin.MapGroup("/pages/{page}"), _ => DecoratedPage.Marketplace);
        MapPage(admin.MapGroup("/home"), _ => DecoratedPage.Marketplace, fixedPage: "home");
        MapImages(admin.MapGroup("/images"), _ => DecoratedPage.Marketplace);
        admin.MapGet("/inquiries", async (HttpContext http, Inquiries inquiries) => TypedResults.Ok(await inquiries.RecentAsync(DecoratedPage.Marketplace, http.RequestAborted)));
    }

    private static void MapImages(RouteGroupBuilder images, Func<HttpContext, Guid> owner)
    {
        images.MapGet("", (HttpContext http, ShopImages store) => TypedResults.Ok(store.List(owner(http))));
        images.MapPost("", async (HttpContext http, ShopImages store) =>
        {
            if (!http.Request.HasFormContentType) throw new SaaS.Problems.ValidationFailedException("file", "Send the image as multipart/form-data in 'file'.");
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var url = await store.UploadAsync(owner(http), form.Files.GetFile("file"), http.RequestAborted);
            return TypedResults.Created(url, new { url });
        }).DisableAntiforgery();
        images.MapDelete("/{file}", (string file, HttpContext http, ShopImages store) =>
        {
            store.Delete(owner(http), file);
            return TypedResults.NoContent();
        });
    }

    private static void MapPage(RouteGroupBuilder page, Func<HttpContext, Guid> owner, string? fixedPage = null)
    {
        string Slug(HttpContext http) => fixedPage ?? (string)http.GetRouteValue("page")!;
        string Who(HttpContext http) => http.User.Identity?.Name ?? "unknown";
        page.MapGet("/draft", async (HttpContext http, PageService pages) => TypedResults.Ok(await pages.DraftAsync(owner(http), Slug(http), http.RequestAborted)));
        page.MapPut("/draft", async (PageDraftRequest request, HttpContext http, PageService pages) =>
            TypedResults.Ok(await pages.SaveDraftAsync(owner(http), Slug(http), request, http.RequestAborted)));
        page.MapPost("/publish", async (HttpContext http, PageService pages) => TypedResults.Ok(await pages.PublishAsync(owner(http), Slug(http), Who(http), http.RequestAborted)));
        page.MapGet("/versions", async (HttpContext http, PageService pages) => TypedResults.Ok(await pages.VersionsAsync(owner(http), Slug(http), http.RequestAborted)));
        page.MapPost("/versions/{version:int}/restore", async (int version, HttpContext http, PageService pages) =>
            TypedResults.Ok(await pages.RestoreAsync(owner(http), Slug(http), version, Who(http), http.RequestAborted)));
    }
}
