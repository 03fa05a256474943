using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SaaS.Features;
using SaaS.Identity;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Themes;

namespace SaaS.Admin;

/// <summary>
/// The framework's own admin pages: dashboard, features, themes, templates and settings. Server-rendered forms,
/// each posting back its antiforgery token; a refused change comes back with the reason on the page.
/// </summary>
public static class AdminPages
{
    public static void MapAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var admin = tenantRoutes.MapGroup("/admin").RequirePermission(AdminPermissions.AccessAdmin);
        admin.MapGet("", DashboardAsync);
        admin.MapUserAdminPages();

        var features = admin.MapGroup("/features").RequirePermission(CorePermissions.ManageFeatures);
        features.MapGet("", async (HttpContext http, AdminRenderer admin, FeatureService service, string? message) =>
            await admin.RenderAsync(http, "Features", new FeaturesModel(await service.ListAsync(http.RequestAborted), message, null), "Features"));
        features.MapPost("/{id}/{action:regex(^(enable|disable)$)}", ChangeFeatureAsync);

        var themes = admin.MapGroup("/themes").RequirePermission(CorePermissions.ManageSettings);
        themes.MapGet("", (HttpContext http, AdminRenderer admin, ThemeSelection selection, string? message) =>
            admin.RenderAsync(http, "Themes", new ThemesModel(selection.List(), selection.Settings(), message), "Themes"));
        themes.MapPost("/settings", async (HttpContext http, [FromForm] IFormCollection form, ThemeSelection selection, AdminRenderer admin) =>
        {
            try
            {
                await selection.SaveSettingsAsync(form.Keys.ToDictionary(k => k, k => form[k].ToString()), http.RequestAborted);
                return AdminResults.BackTo(http, "/admin/themes", "Theme settings saved.");
            }
            catch (ValidationFailedException invalid)
            {
                var settings = selection.Settings()
                    .Select(s => s with { Value = form[s.Name].ToString(), Error = invalid.Errors.TryGetValue(s.Name, out var e) ? string.Join(" ", e) : null })
                    .ToList();
                return await admin.RenderAsync(http, "Themes", new ThemesModel(selection.List(), settings, null), "Themes", StatusCodes.Status400BadRequest);
            }
        });
        // The posted form carries nothing but its antiforgery token; binding it is what makes the token checked.
        themes.MapPost("/{name}/activate", async (string name, HttpContext http, [FromForm] IFormCollection form, ThemeSelection selection) =>
        {
            await selection.ActivateAsync(name, http.RequestAborted);
            return AdminResults.BackTo(http, "/admin/themes", $"Theme {name} is now live.");
        });
        themes.MapGet("/{name}/preview", PreviewThemeAsync);

        var settings = admin.MapGroup("/settings").RequirePermission(CorePermissions.ManageSettings);
        settings.MapGet("", (HttpContext http, AdminRenderer admin, string? message) =>
        {
            var site = http.GetTenantShell()!.Site;
            return admin.RenderAsync(http, "Settings",
                new SettingsModel(site.SiteName, site.DefaultCurrency, site.Locale, site.TimeZone, SiteSettingsRules.Locales, new Dictionary<string, string>(), message), "Settings");
        });
        settings.MapPost("", SaveSettingsAsync);
        settings.MapPost("/logo", async (HttpContext http, [FromForm] IFormCollection form, LogoUpload logos, AdminRenderer admin) =>
        {
            try
            {
                await logos.SaveAsync(form.Files.GetFile("logo"), http.RequestAborted);
                return AdminResults.BackTo(http, "/admin/settings", "Logo uploaded.");
            }
            catch (ValidationFailedException invalid)
            {
                var site = http.GetTenantShell()!.Site;
                var model = new SettingsModel(site.SiteName, site.DefaultCurrency, site.Locale, site.TimeZone, SiteSettingsRules.Locales,
                    invalid.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), null);
                return await admin.RenderAsync(http, "Settings", model, "Settings", StatusCodes.Status400BadRequest);
            }
        });

        var templates = admin.MapGroup("/templates").RequirePermission(CorePermissions.ManageSettings);
        templates.MapGet("", (HttpContext http, AdminRenderer admin, LiquidViews views) =>
        {
            var shell = http.GetTenantShell()!;
            var entries = views.ViewNames(shell.Site.Theme).Select(v => new TemplateEntry(v, shell.TemplateOverrides.ContainsKey(v))).ToList();
            return admin.RenderAsync(http, "Templates", entries, "Templates");
        });
        templates.MapGet("/{view}", (string view, HttpContext http, AdminRenderer admin, LiquidViews views, string? message) =>
        {
            var shell = http.GetTenantShell()!;
            var source = CurrentSource(shell, views, view) ?? throw new NotFoundException("view", $"There is no storefront view '{view}'.");
            return admin.RenderAsync(http, "TemplateEdit", new TemplateEditModel(view, source, shell.TemplateOverrides.ContainsKey(view), null, null, message), view);
        });
        templates.MapPost("/{view}", EditTemplateAsync);
    }

    private static async Task<IResult> DashboardAsync(HttpContext http, AdminRenderer admin, TenantIdentityDbContext identity, FeatureCatalog catalog)
    {
        var shell = http.GetTenantShell()!;
        var model = new DashboardModel(
            await identity.Users.CountAsync(http.RequestAborted),
            shell.EnabledFeatures.Count,
            catalog.All.Count,
            shell.Site.Theme,
            shell.TemplateOverrides.Count);
        return await admin.RenderAsync(http, "Dashboard", model, "Dashboard");
    }

    private static async Task<IResult> ChangeFeatureAsync(
        string id, string action, HttpContext http, [FromForm] IFormCollection form, FeatureService service, AdminRenderer admin)
    {
        try
        {
            var message = action == "enable"
                ? $"Enabled: {string.Join(", ", await service.EnableAsync([id], http.RequestAborted) is { Count: > 0 } added ? added : [id])}."
                : await DisableAsync(id, service, http.RequestAborted);
            return AdminResults.BackTo(http, "/admin/features", message);
        }
        catch (ConflictException conflict)
        {
            var model = new FeaturesModel(await service.ListAsync(http.RequestAborted), null, string.Join(" ", conflict.Errors.SelectMany(e => e.Value)));
            return await admin.RenderAsync(http, "Features", model, "Features", StatusCodes.Status409Conflict);
        }
    }

    private static async Task<string> DisableAsync(string id, FeatureService service, CancellationToken cancellationToken)
    {
        await service.DisableAsync(id, cancellationToken);
        return $"Disabled: {id}.";
    }

    private static async Task<IResult> PreviewThemeAsync(string name, HttpContext http, ThemeCatalog themes, StorefrontRenderer renderer, LiquidViews views)
    {
        if (themes.Find(name) is null) throw new NotFoundException("name", $"There is no theme '{name}'.");
        var shell = http.GetTenantShell()!;
        // The tenant's home as it would look in that theme, without its overrides and without switching anything.
        var preview = new TenantShell(shell.Settings, shell.Site with { Theme = name }, shell.EnabledFeatures, shell.FilesPath);
        var html = await renderer.RenderPageAsync(http, preview, "Home", views.Find(preview, "Home"), null, shell.Site.SiteName);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SaveSettingsAsync(HttpContext http, [FromForm] IFormCollection form, SiteSettingsService service, AdminRenderer admin)
    {
        string Field(string name) => form[name].ToString().Trim();
        try
        {
            await service.UpdateAsync(Field("siteName"), Field("defaultCurrency"), Field("locale"), Field("timeZone"), http.RequestAborted);
            return AdminResults.BackTo(http, "/admin/settings", "Settings saved.");
        }
        catch (ValidationFailedException invalid)
        {
            var model = new SettingsModel(Field("siteName"), Field("defaultCurrency"), Field("locale"), Field("timeZone"), SiteSettingsRules.Locales,
                invalid.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), null);
            return await admin.RenderAsync(http, "Settings", model, "Settings", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> EditTemplateAsync(
        string view, HttpContext http, [FromForm] IFormCollection form, TemplateOverrideService overrides, LiquidViews views,
        StorefrontRenderer renderer, AdminRenderer admin)
    {
        var shell = http.GetTenantShell()!;
        var source = form["source"].ToString();
        var overridden = shell.TemplateOverrides.ContainsKey(view);
        switch (form["intent"].ToString())
        {
            case "revert":
                await overrides.RevertAsync(view, http.RequestAborted);
                return AdminResults.BackTo(http, $"/admin/templates/{view}", "Reverted to the theme's template.");
            case "save":
                try
                {
                    await overrides.SaveAsync(view, source, http.RequestAborted);
                    return AdminResults.BackTo(http, $"/admin/templates/{view}", "Saved. The storefront shows it now.");
                }
                catch (UnprocessableException invalid)
                {
                    var error = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
                    return await admin.RenderAsync(http, "TemplateEdit", new TemplateEditModel(view, source, overridden, error, null, null), view, 422);
                }
            default:
                var parsed = LiquidViews.Parse($"{view} (preview)", source);
                var preview = parsed.Error is null ? await renderer.RenderPageAsync(http, shell, view, parsed, null, shell.Site.SiteName) : null;
                return await admin.RenderAsync(http, "TemplateEdit", new TemplateEditModel(view, source, overridden, parsed.Error, preview, null), view,
                    parsed.Error is null ? StatusCodes.Status200OK : 422);
        }
    }

    private static string? CurrentSource(TenantShell shell, LiquidViews views, string view) =>
        shell.TemplateOverrides.TryGetValue(view, out var source) ? source : views.ThemeSource(shell.Site.Theme, view);
}
