using Microsoft.AspNetCore.Http;
using SaaS.Site;

namespace SaaS.Themes;

/// <summary>
/// The language a visitor reads the storefront and admin in: their choice (<c>?lang=</c>, remembered in a cookie
/// scoped to the tenant), else the marketplace's own locale.
/// </summary>
public static class VisitorLocale
{
    public const string Cookie = "saas-lang";

    public static string Resolve(HttpContext http, string siteLocale)
    {
        var chosen = http.Request.Query["lang"].ToString();
        if (SiteSettingsRules.Locales.Contains(chosen))
        {
            http.Response.Cookies.Append(Cookie, chosen, new CookieOptions
            {
                Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
            return chosen;
        }
        var remembered = http.Request.Cookies[Cookie];
        return remembered is not null && SiteSettingsRules.Locales.Contains(remembered) ? remembered : siteLocale;
    }
}
