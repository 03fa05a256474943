using Microsoft.AspNetCore.Http;
using SaaS.Themes;

namespace SaaS.Storefront.Home;

/// <summary>Unknown storefront pages get the theme's 404 page; unknown API calls get problem details.</summary>
public static class NotFoundPage
{
    public static Task<IResult> RenderAsync(HttpContext context, IStorefrontRenderer renderer)
    {
        var wantsHtml = context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (context.Request.Path.StartsWithSegments("/api") || !wantsHtml)
        {
            return Task.FromResult(Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "There is no such page or endpoint."));
        }
        return renderer.RenderAsync("NotFound", model: null, statusCode: StatusCodes.Status404NotFound);
    }
}
