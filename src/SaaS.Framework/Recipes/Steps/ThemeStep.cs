using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Site;
using SaaS.Themes;

namespace SaaS.Recipes;

/// <summary><c>{ "name": "theme", "theme": "Industrial" }</c>: the storefront theme.</summary>
public sealed class ThemeStep : IRecipeStep
{
    public string Name => "theme";

    public string? FeatureId => null;

    public void Validate(RecipeStepValidation validation)
    {
        var themes = validation.Services.GetRequiredService<ThemeCatalog>();
        if (validation.RequiredString("theme") is { } theme && themes.Find(theme) is null)
        {
            validation.Error("theme", $"Unknown theme '{theme}'. Available: {string.Join(", ", themes.All.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<SiteDbContext>();
        var site = await db.Site.SingleAsync(s => s.Id == SiteRecord.SingletonId, cancellationToken);
        site.Theme = execution.Step.GetProperty("theme").GetString()!;
        await db.SaveChangesAsync(cancellationToken);
    }
}
