using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SaaS.Features;
using SaaS.Problems;

namespace SaaS.Recipes;

/// <summary>
/// Checks a whole recipe before anything is written: structure, parameters, that every step has a handler
/// whose feature the tenant will have, and each handler's own rules. All problems are reported at once.
/// </summary>
public sealed partial class RecipeValidator(IEnumerable<IRecipeStep> handlers, FeatureCatalog features, IServiceProvider services)
{
    private readonly Dictionary<string, IRecipeStep> handlersByName = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);

    /// <summary>Returns the plan, or throws 422 with every error keyed by its JSON path.</summary>
    public RecipePlan Plan(RecipeDescriptor recipe, IReadOnlyDictionary<string, string> arguments, IReadOnlySet<string> enabledFeatures)
    {
        var errors = new List<RecipeError>();
        var parameters = new Dictionary<string, string>(recipe.Parameters, StringComparer.Ordinal);
        foreach (var (name, value) in arguments) parameters[name] = value;

        if (recipe.Steps.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RecipeError(recipe.Name, null, "$.steps", "'steps' must be an array."));
            throw Invalid(recipe.Name, errors);
        }

        var steps = recipe.Steps.EnumerateArray()
            .Select((step, index) => CarriesItsOwnLiquid(step) ? step : Substitute(recipe.Name, index, step, parameters, errors)).ToList();
        var featuresAfterRecipe = features.WithDependencies(
            enabledFeatures.Concat(steps.SelectMany(FeaturesStep.FeaturesEnabledBy)).Where(id => features.Find(id) is not null));

        var planned = new List<PlannedStep>();
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (step.ValueKind != JsonValueKind.Object
                || !step.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
            {
                errors.Add(new RecipeError(recipe.Name, index, $"$.steps[{index}].name", "Every step needs a 'name'."));
                continue;
            }
            var name = nameElement.GetString()!;
            if (!handlersByName.TryGetValue(name, out var handler))
            {
                errors.Add(new RecipeError(recipe.Name, index, $"$.steps[{index}].name",
                    $"Unknown step '{name}'. Known steps: {string.Join(", ", handlersByName.Keys.Order(StringComparer.Ordinal))}."));
                continue;
            }
            if (handler.FeatureId is { } feature && !featuresAfterRecipe.Contains(feature))
            {
                errors.Add(new RecipeError(recipe.Name, index, $"$.steps[{index}].name",
                    $"Step '{name}' needs feature '{feature}', which this tenant does not enable."));
                continue;
            }
            handler.Validate(new RecipeStepValidation(recipe.Name, index, step, featuresAfterRecipe, services, errors));
            planned.Add(new PlannedStep(index, step, handler));
        }
        if (errors.Count > 0) throw Invalid(recipe.Name, errors);
        return new RecipePlan(recipe.Name, planned, featuresAfterRecipe);
    }

    private static UnprocessableException Invalid(string recipe, List<RecipeError> errors) =>
        new($"Recipe '{recipe}' is invalid.",
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()));

    /// <summary>A step whose strings are Liquid templates themselves (message templates): their <c>{{ name }}</c> is not a recipe parameter.</summary>
    private bool CarriesItsOwnLiquid(JsonElement step) =>
        step.ValueKind == JsonValueKind.Object && step.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
        && handlersByName.TryGetValue(name.GetString()!, out var handler) && !handler.FillsParameters;

    /// <summary>Replaces <c>{{parameter}}</c> in every string of the step.</summary>
    private static JsonElement Substitute(string recipe, int index, JsonElement step, Dictionary<string, string> parameters, List<RecipeError> errors)
    {
        var node = JsonNode.Parse(step.GetRawText());
        Visit(node, "$.steps[" + index + "]");
        return JsonSerializer.SerializeToElement(node);

        void Visit(JsonNode? current, string path)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj.ToList())
                    {
                        if (child is JsonValue value && value.TryGetValue<string>(out var text)) obj[key] = Fill(text, $"{path}.{key}");
                        else Visit(child, $"{path}.{key}");
                    }
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonValue value && value.TryGetValue<string>(out var text)) array[i] = Fill(text, $"{path}[{i}]");
                        else Visit(array[i], $"{path}[{i}]");
                    }
                    break;
            }
        }

        string Fill(string text, string path) => ParameterReference().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (parameters.TryGetValue(name, out var value)) return value;
            errors.Add(new RecipeError(recipe, index, path, $"Unknown parameter '{name}'."));
            return match.Value;
        });
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex ParameterReference();
}
