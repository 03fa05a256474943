using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Blocks;
using SaaS.Tenancy;

namespace SaaS.Themes;

/// <summary>
/// Renders a view, then the theme's <c>Layout</c> around it. Output is HTML-encoded (Chinese left as is); a view
/// that is missing, does not parse or fails while rendering becomes a visible error block and a log entry.
/// </summary>
public sealed class StorefrontRenderer(
    IHttpContextAccessor http,
    LiquidViews views,
    LiquidOptions options,
    ThemeTranslations translations,
    ILogger<StorefrontRenderer> logger) : IStorefrontRenderer
{
    public const string LayoutView = "Layout";

    // HtmlEncoder.Default would turn 螺栓 and ¥ into &#x...; entities.
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<IResult> RenderAsync(string view, object? model, string? title = null, int statusCode = StatusCodes.Status200OK)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Storefront views render inside a request.");
        var shell = context.GetTenantShell() ?? throw new InvalidOperationException("Storefront views render inside a tenant.");
        var html = await RenderPageAsync(context, shell, view, views.Find(shell, view), model, title);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public async Task<IResult> RenderFramedAsync(string frame, object frameModel, string view, object? model, string? title = null, int statusCode = StatusCodes.Status200OK)
    {
        var request = http.HttpContext ?? throw new InvalidOperationException("Storefront views render inside a request.");
        var shell = request.GetTenantShell() ?? throw new InvalidOperationException("Storefront views render inside a tenant.");
        var context = await NewContextAsync(shell, request, title);
        if (model is not null) context.SetValue("model", model);
        context.SetValue("frame", frameModel);
        var body = await RenderViewAsync(shell, view, views.Find(shell, view), context);
        context.SetValue("content", new StringValue(body, encode: false));
        var framed = await RenderViewAsync(shell, frame, views.Find(shell, frame), context);
        var layout = views.Find(shell, LayoutView);
        if (layout is null) return Results.Content(framed, "text/html; charset=utf-8", statusCode: statusCode);
        context.SetValue("content", new StringValue(framed, encode: false));
        return Results.Content(await RenderViewAsync(shell, LayoutView, layout, context), "text/html; charset=utf-8", statusCode: statusCode);
    }

    public async Task<IResult> RenderComposedAsync(string view, object? model, IReadOnlyList<ComposedBlock> blocks, string? title = null, int statusCode = StatusCodes.Status200OK)
    {
        var request = http.HttpContext ?? throw new InvalidOperationException("Storefront views render inside a request.");
        var shell = request.GetTenantShell() ?? throw new InvalidOperationException("Storefront views render inside a tenant.");
        var context = await NewContextAsync(shell, request, title);
        var sections = new List<FluidValue>(blocks.Count);
        foreach (var block in blocks)
        {
            // Each block on its own: a broken one shows its error block and the others still render.
            context.SetValue("block", block.Model);
            sections.Add(new StringValue(await RenderViewAsync(shell, block.View, views.Find(shell, block.View), context), encode: false));
        }
        context.SetValue("block", NilValue.Instance);
        context.SetValue("sections", new ArrayValue(sections));
        var html = await RenderPageAsync(context, shell, view, views.Find(shell, view), model);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>The whole page with <paramref name="parsed"/> standing for the view (a draft being previewed, say).</summary>
    public async Task<string> RenderPageAsync(HttpContext http, TenantShell shell, string view, ParsedTemplate? parsed, object? model, string? title) =>
        await RenderPageAsync(await NewContextAsync(shell, http, title), shell, view, parsed, model);

    private async Task<string> RenderPageAsync(TemplateContext context, TenantShell shell, string view, ParsedTemplate? parsed, object? model)
    {
        if (model is not null) context.SetValue("model", model);
        var body = await RenderViewAsync(shell, view, parsed, context);
        var layout = views.Find(shell, LayoutView);
        if (layout is null) return body;
        context.SetValue("content", new StringValue(body, encode: false));
        return await RenderViewAsync(shell, LayoutView, layout, context);
    }

    private async Task<TemplateContext> NewContextAsync(TenantShell shell, HttpContext http, string? title)
    {
        var links = new List<HeaderLink>();
        // Scoped sources from the request (this renderer is a singleton), each asked only while its feature is on.
        foreach (var source in http.RequestServices.GetServices<IHeaderLinkSource>().Where(s => shell.IsFeatureEnabled(s.FeatureId)))
        {
            if (await source.LinkAsync(http.User, http.RequestAborted) is { } link) links.Add(link);
        }
        return options.NewContext(shell, http, title ?? shell.Site.SiteName, (locale, text) => translations.Translate(shell.Site.Theme, locale, text), links);
    }

    private async Task<string> RenderViewAsync(TenantShell shell, string view, ParsedTemplate? parsed, TemplateContext context)
    {
        if (parsed is null) return ErrorBlock(shell, view, $"View '{view}' is not provided by theme '{shell.Site.Theme}' or any module.");
        if (parsed.Template is null) return ErrorBlock(shell, parsed.Origin, parsed.Error!);
        try
        {
            return await parsed.Template.RenderAsync(context, Encoder);
        }
        // Whatever a tenant's template does wrong at render time (too many steps, bad arguments to a filter),
        // the page still renders with the error in place of the view.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ErrorBlock(shell, parsed.Origin, e.Message);
        }
    }

    private string ErrorBlock(TenantShell shell, string origin, string error)
    {
        logger.LogWarning("Template error in {TemplateOrigin} for tenant {TenantName}: {TemplateError}", origin, shell.Name, error);
        return $"""<div class="template-error" role="alert"><strong>Template error</strong> in {WebUtility.HtmlEncode(origin)}: {WebUtility.HtmlEncode(error)}</div>""";
    }
}
