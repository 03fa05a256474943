using System.Globalization;
using Fluid;
using Fluid.Values;
using SaaS.Tenancy;

namespace SaaS.Themes;

/// <summary>
/// The one <see cref="TemplateOptions"/> every storefront render shares: only registered models are readable
/// (the sandbox), loops are bounded, and the filters modules and themes rely on are in place.
/// </summary>
public sealed class LiquidOptions
{
    public const string ShellKey = "saas.shell";
    public const string BaseUrlKey = "saas.baseUrl";
    public const string TranslateKey = "saas.translate";

    private readonly ThemeCatalog themes;

    public LiquidOptions(IEnumerable<LiquidModel> models, ThemeAssets assets, IEnumerable<ILiquidFilters> moduleFilters, ThemeCatalog themes)
    {
        this.themes = themes;
        Options = new TemplateOptions { MaxSteps = 200_000, MaxRecursion = 20 };
        // Liquid's own convention (Shopify themes): site.default_currency, page.signed_in.
        Options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        Options.MemberAccessStrategy.Register<SiteView>();
        Options.MemberAccessStrategy.Register<PageView>();
        Options.MemberAccessStrategy.Register<HeaderLink>();
        foreach (var model in models) Options.MemberAccessStrategy.Register(model.Type);

        // Each renderer says where text is translated from: the storefront from its theme, the admin from its own.
        Options.Filters.AddFilter("t", (input, _, context) =>
            new StringValue(((Func<string, string>)context.AmbientValues[TranslateKey])(input.ToStringValue())));
        Options.Filters.AddFilter("money", (input, arguments, context) =>
        {
            var shell = Shell(context);
            var currency = arguments.At(0).IsNil() ? shell.Site.DefaultCurrency : arguments.At(0).ToStringValue();
            return new StringValue(MoneyText.Format(input.ToNumberValue(), currency, shell.Site.Locale));
        });
        Options.Filters.AddFilter("url", (input, _, context) =>
            new StringValue((string)context.AmbientValues[BaseUrlKey] + "/" + input.ToStringValue().TrimStart('/')));
        Options.Filters.AddFilter("asset_url", (input, _, context) =>
            new StringValue(assets.Url(Shell(context).Site.Theme, input.ToStringValue()) ?? ""));
        foreach (var filters in moduleFilters) filters.Register(Options.Filters);
    }

    public TemplateOptions Options { get; }

    /// <summary>A context for one render in <paramref name="shell"/>, with the values every template may use.</summary>
    /// <param name="translate">Translates a text into a locale; called with the visitor's locale.</param>
    /// <param name="headerLinks">Modules' header links for this visitor; the admin has none.</param>
    public TemplateContext NewContext(TenantShell shell, Microsoft.AspNetCore.Http.HttpContext http, string title, Func<string, string, string> translate,
        IReadOnlyList<HeaderLink>? headerLinks = null)
    {
        var baseUrl = http.Request.PathBase.Value ?? "";
        var locale = VisitorLocale.Resolve(http, shell.Site.Locale);
        var context = new TemplateContext(Options);
        context.AmbientValues[ShellKey] = shell;
        context.AmbientValues[BaseUrlKey] = baseUrl;
        context.AmbientValues[TranslateKey] = (Func<string, string>)(text => translate(locale, text));
        context.CultureInfo = CultureInfo.GetCultureInfo(locale);
        context.SetValue("theme", themes.SettingValues(shell.Site.Theme, shell.Site.ThemeSettings));
        context.SetValue("site", new SiteView(shell.Site.SiteName, locale, shell.Site.DefaultCurrency, shell.Site.Theme,
            shell.Site.Logo is { } logo ? $"{baseUrl}/media/{logo}" : null, shell.EnabledFeatures.Order(StringComparer.Ordinal).ToList()));
        context.SetValue("page", new PageView(title, baseUrl, http.Request.Path.Value ?? "/",
            http.User.Identity?.IsAuthenticated == true, http.User.Identity?.Name, headerLinks ?? []));
        return context;
    }

    private static TenantShell Shell(TemplateContext context) => (TenantShell)context.AmbientValues[ShellKey];
}
