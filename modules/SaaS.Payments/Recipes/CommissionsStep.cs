using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog;
using SaaS.Payments.Commissions;
using SaaS.Problems;
using SaaS.Recipes;

namespace SaaS.Payments.Recipes;

/// <summary>
/// The marketplace's commission rules:
/// <c>{ "name": "commissions", "effectiveFrom": "2020-01-01", "default": { "ratePercent": 5, "minimumPerLine": 0.5 },
/// "categories": { "fasteners": { "ratePercent": 3 } } }</c>, categories named by slug (a rule on a branch covers its
/// children). Rules go through the same validation as the operator's form.
/// </summary>
public sealed class CommissionsStep : IRecipeStep
{
    public string Name => "commissions";

    public string? FeatureId => Manifest.PaymentsFeature;

    public void Validate(RecipeStepValidation validation)
    {
        var step = validation.Step;
        if (step.TryGetProperty("effectiveFrom", out var from) && (from.ValueKind != JsonValueKind.String || !DateOnly.TryParse(from.GetString(), out _)))
        {
            validation.Error("effectiveFrom", "'effectiveFrom' is a date, e.g. 2020-01-01.");
        }
        if (step.TryGetProperty("default", out var fallback)) ValidateRule(validation, "default", fallback);
        if (step.TryGetProperty("categories", out var categories))
        {
            if (categories.ValueKind != JsonValueKind.Object) validation.Error("categories", "'categories' maps category slugs to { ratePercent, minimumPerLine }.");
            else foreach (var category in categories.EnumerateObject()) ValidateRule(validation, $"categories.{category.Name}", category.Value);
        }
        if (!step.TryGetProperty("default", out _) && !step.TryGetProperty("categories", out _)) validation.Error("default", "Give a 'default' rule, 'categories' rules, or both.");
    }

    private static void ValidateRule(RecipeStepValidation validation, string path, JsonElement rule)
    {
        if (rule.ValueKind != JsonValueKind.Object || !rule.TryGetProperty("ratePercent", out var rate) || rate.ValueKind != JsonValueKind.Number || rate.GetDecimal() is < 0 or > 100)
        {
            validation.Error($"{path}.ratePercent", "Each rule needs a 'ratePercent' from 0 to 100.");
        }
        if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("minimumPerLine", out var minimum) && (minimum.ValueKind != JsonValueKind.Number || minimum.GetDecimal() < 0))
        {
            validation.Error($"{path}.minimumPerLine", "'minimumPerLine' is an amount of zero or more.");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var rules = execution.Services.GetRequiredService<CommissionRules>();
        var step = execution.Step;
        var from = step.TryGetProperty("effectiveFrom", out var f) ? DateOnly.Parse(f.GetString()!) : new DateOnly(2000, 1, 1);
        if (step.TryGetProperty("default", out var fallback)) await rules.CreateAsync(Request(null, fallback, from), cancellationToken);
        if (!step.TryGetProperty("categories", out var categories)) return;
        var slugs = categories.EnumerateObject().Select(c => c.Name).ToList();
        var ids = await execution.Services.GetRequiredService<ICatalogLookup>().CategoriesBySlugAsync(slugs, cancellationToken);
        foreach (var category in categories.EnumerateObject())
        {
            if (!ids.TryGetValue(category.Name, out var id)) throw new UnprocessableException($"categories.{category.Name}", $"There is no category '{category.Name}' (give its slug).");
            await rules.CreateAsync(Request(id, category.Value, from), cancellationToken);
        }
    }

    private static CommissionRuleRequest Request(Guid? categoryId, JsonElement rule, DateOnly from) => new(
        null, categoryId, rule.GetProperty("ratePercent").GetDecimal(), rule.TryGetProperty("minimumPerLine", out var minimum) ? minimum.GetDecimal() : 0, from, null,
        "From the setup recipe");
}
