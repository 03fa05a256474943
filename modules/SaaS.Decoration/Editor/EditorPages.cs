using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Blocks;
using SaaS.Decoration.Pages;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Decoration.Editor;

/// <summary>
/// The block editor's pages: a merchant's under <c>/merchant/shop</c> (in the merchant center), the operator's under
/// <c>/admin/pages</c> (in the storefront theme, so what is edited looks as buyers will see it). Both previews render
/// the saved draft in the tenant's theme.
/// </summary>
public static class EditorPages
{
    public static void MapEditorPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var shop = tenantRoutes.MapGroup("/merchant/shop");
        shop.MapGet("", (HttpContext http, string? message) => ShopOverviewAsync(http, null));
        shop.MapPost("/appearance", async (HttpContext http, [FromForm] IFormCollection form) =>
        {
            var actor = await RequireMerchantAsync(http);
            try
            {
                await http.RequestServices.GetRequiredService<ShopAppearances>().SaveAsync(actor.MerchantId,
                    new AppearanceRequest(form["logoUrl"], form["bannerUrl"], form["brandColor"], form["navigation"].Select(n => n ?? "").ToList()), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/merchant/shop?message={Uri.EscapeDataString("Shop look saved.")}");
            }
            catch (ValidationFailedException problem)
            {
                return await ShopOverviewAsync(http, problem);
            }
        });
        shop.MapPost("/pages", async (HttpContext http, [FromForm] IFormCollection form) =>
        {
            var actor = await RequireMerchantAsync(http);
            var slug = form["slug"].ToString().Trim().ToLowerInvariant();
            try
            {
                await http.RequestServices.GetRequiredService<PageService>().SaveDraftAsync(actor.MerchantId, slug, new PageDraftRequest(form["title"], []), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/merchant/shop/pages/{slug}");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                return await ShopOverviewAsync(http, problem);
            }
        });
        shop.MapPost("/images", async (HttpContext http, [FromForm] IFormCollection form) =>
            await UploadAsync(http, (await RequireMerchantAsync(http)).MerchantId, form, "/merchant/shop"));
        shop.MapGet("/pages/{page}", (string page, HttpContext http) => MerchantEditorAsync(http, page, null, null, null));
        shop.MapPost("/pages/{page}", async (string page, HttpContext http, [FromForm] IFormCollection form) =>
        {
            var actor = await RequireMerchantAsync(http);
            return await PostAsync(http, actor.MerchantId, page, form, $"/merchant/shop/pages/{page}",
                (posted, errors, message) => MerchantEditorAsync(http, page, posted, errors, message, form["title"]));
        });
        shop.MapGet("/pages/{page}/preview", async (string page, HttpContext http) =>
        {
            var actor = await RequireMerchantAsync(http);
            return await PreviewAsync(http, actor.MerchantId, page, "ShopPage");
        });

        var admin = tenantRoutes.MapGroup("/admin/pages").RequirePermission(AdminAccess.Permission).RequirePermission(DecorationPermissions.ManagePages);
        admin.MapGet("", async (HttpContext http, string? message) =>
        {
            var pages = await http.RequestServices.GetRequiredService<PageService>().ListAsync(DecoratedPage.Marketplace, http.RequestAborted);
            var inquiries = await http.RequestServices.GetRequiredService<Inquiries>().RecentAsync(DecoratedPage.Marketplace, http.RequestAborted);
            return await OperatorAsync(http, "PagesOverview", new PagesOverviewModel(pages, "/admin/pages/", "/pages/", "/", "/admin/pages", null, inquiries, null), "Pages", message);
        });
        admin.MapPost("", async (HttpContext http, [FromForm] IFormCollection form) =>
        {
            var slug = form["slug"].ToString().Trim().ToLowerInvariant();
            await http.RequestServices.GetRequiredService<PageService>().SaveDraftAsync(DecoratedPage.Marketplace, slug, new PageDraftRequest(form["title"], []), http.RequestAborted);
            return Results.Redirect($"{http.Request.PathBase}/admin/pages/{slug}");
        });
        admin.MapPost("/images", (HttpContext http, [FromForm] IFormCollection form) => UploadAsync(http, DecoratedPage.Marketplace, form, "/admin/pages"));
        admin.MapGet("/{page}", (string page, HttpContext http, string? message) => OperatorEditorAsync(http, page, null, null, message));
        admin.MapPost("/{page}", (string page, HttpContext http, [FromForm] IFormCollection form) =>
            PostAsync(http, DecoratedPage.Marketplace, page, form, $"/admin/pages/{page}",
                (posted, errors, message) => OperatorEditorAsync(http, page, posted, errors, message, form["title"])));
        admin.MapGet("/{page}/preview", (string page, HttpContext http) => PreviewAsync(http, DecoratedPage.Marketplace, page, "DecoratedPage"));
    }

    private delegate Task<IResult> EditorRender(List<BlockInput>? posted, IReadOnlyDictionary<string, string[]>? errors, string? message);

    private static async Task<IResult> PostAsync(HttpContext http, Guid owner, string page, IFormCollection form, string back, EditorRender render)
    {
        var editor = http.RequestServices.GetRequiredService<PageEditor>();
        try
        {
            var outcome = await editor.ApplyAsync(owner, page, form, http.User.Identity?.Name ?? "unknown", http.RequestAborted);
            if (outcome.Unsaved is { } unsaved) return await render(unsaved, null, outcome.Message);
            return Results.Redirect($"{http.Request.PathBase}{back}?message={Uri.EscapeDataString(outcome.Message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or NotFoundException)
        {
            return await render(EditorForm.Read(form), problem.Errors, null);
        }
    }

    /// <summary>Uploads an image and goes back to the page the form was on, saying where the image is or why it was refused.</summary>
    private static async Task<IResult> UploadAsync(HttpContext http, Guid owner, IFormCollection form, string fallback)
    {
        var back = Storefront.DecoratedStorefront.LocalPath(form["back"], fallback);
        string message;
        try
        {
            message = $"Image uploaded: {await http.RequestServices.GetRequiredService<ShopImages>().UploadAsync(owner, form.Files.GetFile("file"), http.RequestAborted)}";
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
        {
            message = string.Join(" ", problem.Errors.SelectMany(e => e.Value));
        }
        return Results.Redirect($"{http.Request.PathBase}{back}?message={Uri.EscapeDataString(message)}");
    }

    private static async Task<IResult> MerchantEditorAsync(HttpContext http, string page, List<BlockInput>? posted, IReadOnlyDictionary<string, string[]>? errors, string? message, string? title = null)
    {
        var center = http.RequestServices.GetRequiredService<IMerchantCenter>();
        var editor = http.RequestServices.GetRequiredService<PageEditor>();
        return await center.RenderAsync(http, PageEditor.View, "Shop decoration", MerchantDecorationPermissions.DecorateShop, async actor =>
            await editor.ModelAsync(actor.MerchantId, page, $"/merchant/shop/pages/{page}", $"/merchant/shop/pages/{page}/preview",
                page == "home" ? $"/shops/{actor.MerchantId}" : $"/shops/{actor.MerchantId}/{page}", posted, title, errors, http.RequestAborted),
            errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, message);
    }

    private static async Task<IResult> OperatorEditorAsync(HttpContext http, string page, List<BlockInput>? posted, IReadOnlyDictionary<string, string[]>? errors, string? message, string? title = null)
    {
        var editor = http.RequestServices.GetRequiredService<PageEditor>();
        var model = await editor.ModelAsync(DecoratedPage.Marketplace, page, $"/admin/pages/{page}", $"/admin/pages/{page}/preview", page == "home" ? "/" : $"/pages/{page}",
            posted, title, errors, http.RequestAborted);
        return await OperatorAsync(http, PageEditor.View, model, "Marketplace pages", message, errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ShopOverviewAsync(HttpContext http, ProblemException? problem)
    {
        var center = http.RequestServices.GetRequiredService<IMerchantCenter>();
        return await center.RenderAsync(http, "PagesOverview", "Shop decoration", MerchantDecorationPermissions.DecorateShop, async actor =>
        {
            var services = http.RequestServices;
            var pages = await services.GetRequiredService<PageService>().ListAsync(actor.MerchantId, http.RequestAborted);
            var appearance = await services.GetRequiredService<ShopAppearances>().GetAsync(actor.MerchantId, http.RequestAborted);
            var inquiries = await services.GetRequiredService<Inquiries>().RecentAsync(actor.MerchantId, http.RequestAborted);
            return new PagesOverviewModel(pages, "/merchant/shop/pages/", $"/shops/{actor.MerchantId}/", $"/shops/{actor.MerchantId}", "/merchant/shop/pages", appearance, inquiries,
                problem is null ? null : string.Join(" ", problem.Errors.SelectMany(e => e.Value)));
        }, problem?.Status ?? StatusCodes.Status200OK);
    }

    private static Task<IResult> OperatorAsync(HttpContext http, string view, object model, string title, string? message, int status = StatusCodes.Status200OK)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return http.RequestServices.GetRequiredService<IStorefrontRenderer>()
            .RenderFramedAsync("OperatorPagesFrame", new OperatorFrame(tokens.FormFieldName, tokens.RequestToken!, message), view, model, title, status);
    }

    /// <summary>The saved draft as buyers would see it once published, in the tenant's theme.</summary>
    private static async Task<IResult> PreviewAsync(HttpContext http, Guid owner, string page, string view)
    {
        var services = http.RequestServices;
        var draft = await services.GetRequiredService<PageService>().DraftAsync(owner, page, http.RequestAborted);
        var blocks = await services.GetRequiredService<ComposedPages>().ComposeAsync(owner, draft.Blocks, http.RequestAborted);
        var model = owner == DecoratedPage.Marketplace
            ? (object)new Storefront.MarketplacePageModel(draft.Title, Preview: true)
            : await services.GetRequiredService<Storefront.ShopPageModels>().BuildAsync(owner, page, draft.Title, preview: true, http.RequestAborted);
        return await services.GetRequiredService<IStorefrontRenderer>().RenderComposedAsync(view, model, blocks, draft.Title);
    }

    private static Task<MerchantActor> RequireMerchantAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantDecorationPermissions.DecorateShop, http.RequestAborted);
}
