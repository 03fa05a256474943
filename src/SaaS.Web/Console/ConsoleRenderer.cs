using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Antiforgery;
using SaaS.Themes;

namespace SaaS.Web.Console;

/// <summary>
/// Renders console pages in the console layout, in the operator's language: <c>?lang=</c> remembered in a cookie,
/// else the browser's Accept-Language.
/// </summary>
public sealed class ConsoleRenderer(
    [FromKeyedServices(ConsoleRenderer.Area)] EmbeddedViews views,
    LiquidOptions options,
    IAntiforgery antiforgery)
{
    public const string Area = "Console";
    private const string LanguageCookie = "console-lang";

    public async Task<IResult> RenderAsync(HttpContext http, string view, object? model, string title, int statusCode = StatusCodes.Status200OK)
    {
        var locale = Locale(http);
        var context = new TemplateContext(options.Options);
        context.AmbientValues[LiquidOptions.BaseUrlKey] = "";
        context.AmbientValues[LiquidOptions.TranslateKey] = (Func<string, string>)(text => views.Translate(locale, text));
        var tokens = antiforgery.GetAndStoreTokens(http);
        context.SetValue("locale", new StringValue(locale));
        context.SetValue("title", new StringValue(title));
        context.SetValue("signed_in", BooleanValue.Create(http.User.Identity?.IsAuthenticated == true));
        context.SetValue("antiforgery_field", new StringValue(tokens.FormFieldName));
        context.SetValue("antiforgery_token", new StringValue(tokens.RequestToken!));
        if (model is not null) context.SetValue("model", model);
        var body = await views.Find(view)!.Template!.RenderAsync(context, StorefrontRenderer.Encoder);
        context.SetValue("content", new StringValue(body, encode: false));
        var html = await views.Find("Layout")!.Template!.RenderAsync(context, StorefrontRenderer.Encoder);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static string Locale(HttpContext http)
    {
        var chosen = http.Request.Query["lang"].ToString();
        if (chosen is "en" or "zh-CN")
        {
            http.Response.Cookies.Append(LanguageCookie, chosen, new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax });
            return chosen;
        }
        if (http.Request.Cookies[LanguageCookie] is "en" or "zh-CN") return http.Request.Cookies[LanguageCookie]!;
        return http.Request.Headers.AcceptLanguage.ToString().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
    }
}
