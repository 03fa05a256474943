using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Decoration.Pages;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Decoration.Storefront;

/// <summary>
/// Published block pages on the storefront: the marketplace's at <c>/pages/{page}</c>, a shop's at
/// <c>/shops/{id}/{page}</c> (the shop's home is the Merchants module's <c>/shops/{id}</c>, which asks
/// <see cref="SaaS.Blocks.IComposedPages"/>), and the contact blocks' form posts.
/// </summary>
public static class DecoratedStorefront
{
    public static void MapDecoratedStorefront(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/pages/{page}", async (string page, HttpContext http, PageService pages, ComposedPages composer, IStorefrontRenderer renderer) =>
        {
            if (await pages.PublishedAsync(DecoratedPage.Marketplace, page, http.RequestAborted) is not { } published) return await NotFoundAsync(renderer);
            var blocks = await composer.ComposeAsync(DecoratedPage.Marketplace, published.Blocks, http.RequestAborted);
            return await renderer.RenderComposedAsync("DecoratedPage", new MarketplacePageModel(published.Title), blocks, published.Title);
        });
        tenantRoutes.MapGet("/shops/{id:guid}/{page}", async (Guid id, string page, HttpContext http, PageService pages, ComposedPages composer, ShopPageModels models,
            IMerchantDirectory merchants, IStorefrontRenderer renderer) =>
        {
            if (!(await merchants.ActiveAsync(http.RequestAborted)).Contains(id)) return await NotFoundAsync(renderer);
            if (await pages.PublishedAsync(id, page, http.RequestAborted) is not { } published) return await NotFoundAsync(renderer);
            var model = await models.FindAsync(id, page, published.Title, preview: false, http.RequestAborted);
            if (model is null) return await NotFoundAsync(renderer);
            var blocks = await composer.ComposeAsync(id, published.Blocks, http.RequestAborted);
            return await renderer.RenderComposedAsync("ShopPage", model, blocks, $"{published.Title} · {model.Merchant.Name}");
        });
        tenantRoutes.MapGet("/media/stock/{name}", (string name, HttpContext http) =>
        {
            // Pictures shipped with the module, for recipes and first drafts: a page can look finished before its merchant uploads anything.
            using var stream = typeof(DecoratedStorefront).Assembly.GetManifestResourceStream($"SaaS.Decoration.Stock.{name}");
            if (stream is null || !name.EndsWith(".svg", StringComparison.Ordinal)) return Results.NotFound();
            using var reader = new StreamReader(stream);
            http.Response.Headers.CacheControl = "public, max-age=86400";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.Text(reader.ReadToEnd(), "image/svg+xml");
        });
        // Anonymous buyers write in too, so there is no session to forge: no antiforgery token, but every field is checked.
        tenantRoutes.MapPost("/inquiries", (HttpContext http, [FromForm] IFormCollection form) => SendAsync(http, DecoratedPage.Marketplace, form)).DisableAntiforgery();
        tenantRoutes.MapPost("/shops/{id:guid}/inquiries", async (Guid id, HttpContext http, [FromForm] IFormCollection form, IMerchantDirectory merchants, IStorefrontRenderer renderer) =>
            (await merchants.ActiveAsync(http.RequestAborted)).Contains(id) ? await SendAsync(http, id, form) : await NotFoundAsync(renderer)).DisableAntiforgery();
    }

    private static async Task<IResult> SendAsync(HttpContext http, Guid owner, IFormCollection form)
    {
        var renderer = http.RequestServices.GetRequiredService<IStorefrontRenderer>();
        try
        {
            await http.RequestServices.GetRequiredService<Inquiries>().SendAsync(owner, new InquiryRequest(form["name"], form["company"], form["contact"], form["message"]), http.RequestAborted);
            return await renderer.RenderAsync("InquirySent", new InquiryResult(LocalPath(form["back"]), []), "Message sent");
        }
        catch (ValidationFailedException problem)
        {
            return await renderer.RenderAsync("InquirySent", new InquiryResult(LocalPath(form["back"]), problem.Errors.SelectMany(e => e.Value).ToList()), "Message not sent", StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Where the buyer came from, when it is a path on this marketplace; never another site.</summary>
    public static string LocalPath(string? back, string fallback = "/") =>
        back is { Length: > 1 } && back[0] == '/' && back[1] != '/' && !back.Contains('\\') ? back : fallback;

    private static Task<IResult> NotFoundAsync(IStorefrontRenderer renderer) => renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
}

public sealed record InquiryResult(string Back, IReadOnlyList<string> Errors);
