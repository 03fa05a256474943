using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Site;

namespace SaaS.Recipes;

/// <summary><c>{ "name": "settings", "siteName": "...", "defaultCurrency": "CNY", "locale": "zh-CN", "timeZone": "Asia/Shanghai" }</c></summary>
public sealed class SettingsStep : IRecipeStep
{
    public string Name => "settings";

    public string? FeatureId => null;

    public void Validate(RecipeStepValidation validation)
    {
        var errors = SiteSettingsRules.Check(
            validation.OptionalString("siteName"), validation.OptionalString("defaultCurrency"),
            validation.OptionalString("locale"), validation.OptionalString("timeZone"));
        foreach (var (field, message) in errors) validation.Error(field, message);
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
