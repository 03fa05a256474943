using System.Text.Json;

namespace SaaS.Recipes;

/// <summary>What a step handler sees while its step is validated, and where it reports problems.</summary>
public sealed class RecipeStepValidation(
    string recipe,
    int stepIndex,
    JsonElement step,
    IReadOnlySet<string> featuresAfterRecipe,
    IServiceProvider services,
    List<RecipeError> errors)
{
    public JsonElement Step { get; } = step;

    public IServiceProvider Services { get; } = services;

    /// <summary>Features the tenant will have once the recipe has run (already enabled plus those the recipe enables).</summary>
    public IReadOnlySet<string> FeaturesAfterRecipe { get; } = featuresAfterRecipe;

    public void Error(string property, string message) =>
        errors.Add(new RecipeError(recipe, stepIndex, $"$.steps[{stepIndex}].{property}", message));

    public string? RequiredString(string property)
    {
        if (Step.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }
        Error(property, $"'{property}' is required and must be a non-empty string.");
        return null;
    }

    public string? OptionalString(string property)
    {
        if (!Step.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        Error(property, $"'{property}' must be a string.");
        return null;
    }

    /// <summary>An array of strings; reports each item that is not a non-empty string.</summary>
    public IReadOnlyList<string> StringArray(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"'{path}' must be an array of strings.");
            return [];
        }
        var items = new List<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) items.Add(item.GetString()!);
            else Error($"{path}[{index}]", "must be a non-empty string.");
            index++;
        }
        return items;
    }
}
