using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SaaS.Tenants;

namespace SaaS.Storefront.Home;

/// <summary>The storefront home until Liquid themes take over: the marketplace's name, in its language.</summary>
public static class HomePage
{
    public static ContentHttpResult Render(ITenant tenant)
    {
        var site = WebUtility.HtmlEncode(tenant.Site.SiteName);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(tenant.Site.Locale)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{site}</title></head>
            <body>
            <header><h1>{site}</h1></header>
            <main><p>{(tenant.Site.Locale == "zh-CN" ? "欢迎光临" : "Welcome to")} {site}.</p></main>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
