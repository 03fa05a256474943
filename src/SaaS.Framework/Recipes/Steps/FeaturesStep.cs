using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Features;

namespace SaaS.Recipes;

/// <summary><c>{ "name": "features", "enable": ["Storefront", ...] }</c></summary>
public sealed class FeaturesStep : IRecipeStep
{
    public string Name => "features";

    public string? FeatureId => null;

    /// <summary>The feature ids a features step enables, so other steps can be checked against them.</summary>
    public static IEnumerable<string> FeaturesEnabledBy(JsonElement step) =>
        step.ValueKind == JsonValueKind.Object
        && step.TryGetProperty("name", out var name) && name.ValueEquals("features")
        && step.TryGetProperty("enable", out var enable) && enable.ValueKind == JsonValueKind.Array
            ? enable.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("enable", out var enable))
        {
            validation.Error("enable", "'enable' is required: the list of feature ids to enable.");
            return;
        }
        var catalog = validation.Services.GetRequiredService<FeatureCatalog>();
        var ids = validation.StringArray(enable, "enable");
        for (var i = 0; i < ids.Count; i++)
        {
            if (catalog.Find(ids[i]) is null)
            {
                validation.Error($"enable[{i}]", $"Unknown feature '{ids[i]}'. Known features: {string.Join(", ", catalog.All.Select(f => f.Id).Order(StringComparer.Ordinal))}.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken) =>
        await execution.Services.GetRequiredService<FeatureService>().EnableAsync(FeaturesEnabledBy(execution.Step), cancellationToken);
}
