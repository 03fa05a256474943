using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Site;

namespace SaaS.Recipes;

/// <summary><c>{ "name": "settings", "siteName": "...", "defaultCurrency": "CNY", "locale": "zh-CN", "timeZone": "Asia/Shanghai" }</c></summary>
public sealed class SettingsStep : IRecipeStep
{
    public static readonly IReadOnlyList<string> Locales = ["zh-CN", "en"];

    public string Name => "settings";

    public string? FeatureId => null;

    public void Validate(RecipeStepValidation validation)
    {
        if (validation.OptionalString("siteName") is { } siteName && (siteName.Length == 0 || siteName.Length > 200))
        {
            validation.Error("siteName", "'siteName' must have 1 to 200 characters.");
        }
        if (validation.OptionalString("defaultCurrency") is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            validation.Error("defaultCurrency", $"'{currency}' is not an ISO 4217 currency code such as CNY or USD.");
        }
        if (validation.OptionalString("locale") is { } locale && !Locales.Contains(locale))
        {
            validation.Error("locale", $"'{locale}' is not supported; use one of {string.Join(", ", Locales)}.");
        }
        if (validation.OptionalString("timeZone") is { } timeZone && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            validation.Error("timeZone", $"'{timeZone}' is not a known time zone (e.g. Asia/Shanghai).");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<SiteDbContext>();
        var site = await db.Site.SingleAsync(s => s.Id == SiteRecord.SingletonId, cancellationToken);
        var step = execution.Step;
        site.SiteName = Text("siteName") ?? site.SiteName;
        site.DefaultCurrency = Text("defaultCurrency") ?? site.DefaultCurrency;
        site.Locale = Text("locale") ?? site.Locale;
        site.TimeZone = Text("timeZone") ?? site.TimeZone;
        await db.SaveChangesAsync(cancellationToken);

        string? Text(string property) => step.TryGetProperty(property, out var value) ? value.GetString() : null;
    }
}
