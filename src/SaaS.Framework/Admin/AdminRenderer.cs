using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Security;
using SaaS.Tenancy;
using SaaS.Themes;

namespace SaaS.Admin;

/// <summary>
/// Renders admin pages in the admin layout, with the menu filtered to what the signed-in user may do, the modules'
/// header links (see <see cref="IAdminHeaderLinkSource"/>) and the antiforgery token every admin form posts back.
/// </summary>
public sealed class AdminRenderer(
    [FromKeyedServices(AdminRenderer.Area)] EmbeddedViews views,
    LiquidOptions options,
    IEnumerable<AdminMenuItem> menu,
    IAuthorizationService authorization,
    IAntiforgery antiforgery) : IAdminRenderer
{
    public const string Area = "Admin";
    public const string LayoutView = "Layout";

    public async Task<IResult> RenderAsync(HttpContext http, string view, object? model, string title, int statusCode = StatusCodes.Status200OK)
    {
        var shell = http.GetTenantShell() ?? throw new InvalidOperationException("The admin renders inside a tenant.");
        var context = options.NewContext(shell, http, title, views.Translate, await HeaderLinksAsync(http, shell));
        var tokens = antiforgery.GetAndStoreTokens(http);
        context.SetValue("antiforgery_field", new StringValue(tokens.FormFieldName));
        context.SetValue("antiforgery_token", new StringValue(tokens.RequestToken!));
        context.SetValue("menu", (await VisibleMenuAsync(http, shell)).ToList());
        if (model is not null) context.SetValue("model", model);

        var body = await RenderViewAsync(view, context);
        context.SetValue("content", new StringValue(body, encode: false));
        var html = await RenderViewAsync(LayoutView, context);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>The menu entries this user may open, in menu order.</summary>
    public async Task<IReadOnlyList<AdminMenuView>> VisibleMenuAsync(HttpContext http, TenantShell shell)
    {
        var allowed = new List<AdminMenuItem>();
        foreach (var item in menu.OrderBy(i => i.Order))
        {
            if (item.FeatureId is { } feature && !shell.IsFeatureEnabled(feature)) continue;
            if ((await authorization.AuthorizeAsync(http.User, null, new PermissionRequirement(item.Permission))).Succeeded) allowed.Add(item);
        }
        // The deepest entry containing the current page is the current one (Themes, not Dashboard, on /admin/themes).
        var current = allowed.Where(i => http.Request.Path.StartsWithSegments(i.Path)).MaxBy(i => i.Path.Length);
        return allowed.Select(i => new AdminMenuView(i.Title, http.Request.PathBase + i.Path, i == current)).ToList();
    }

    private static async Task<IReadOnlyList<HeaderLink>> HeaderLinksAsync(HttpContext http, TenantShell shell)
    {
        var links = new List<HeaderLink>();
        // Scoped sources from the request (this renderer is a singleton), each asked only while its feature is on.
        foreach (var source in http.RequestServices.GetServices<IAdminHeaderLinkSource>().Where(s => shell.IsFeatureEnabled(s.FeatureId)))
        {
            if (await source.LinkAsync(http.User, http.RequestAborted) is { } link) links.Add(link);
        }
        return links;
    }

    private async Task<string> RenderViewAsync(string view, TemplateContext context)
    {
        var parsed = views.Find(view) ?? throw new InvalidOperationException($"Admin view '{view}' is missing.");
        // Admin views ship with the product: a broken one is a bug to surface, not a tenant's template to contain.
        return await parsed.Template!.RenderAsync(context, StorefrontRenderer.Encoder);
    }
}
