using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Recipes;

namespace SaaS.Search.Synonyms;

/// <summary><c>{ "name": "synonyms", "synonyms": [["螺丝", "螺钉", "screw"], ["手套", "gloves"]] }</c>: a vertical's synonym groups, added to the marketplace's.</summary>
public sealed class SynonymsStep : IRecipeStep
{
    public string Name => "synonyms";

    public string? FeatureId => Manifest.SearchFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("synonyms", out var groups) || groups.ValueKind != JsonValueKind.Array)
        {
            validation.Error("synonyms", "'synonyms' is required: an array of groups of words, e.g. [[\"螺丝\", \"螺钉\", \"screw\"]].");
            return;
        }
        var index = 0;
        foreach (var group in groups.EnumerateArray())
        {
            var path = $"synonyms[{index++}]";
            if (validation.StringArray(group, path) is { Count: < 2 } && group.ValueKind == JsonValueKind.Array) validation.Error(path, "A group needs at least two words.");
        }
    }

    public Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var groups = execution.Step.GetProperty("synonyms").EnumerateArray()
            .Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(t => t.GetString()!).ToList()).ToList();
        return execution.Services.GetRequiredService<SynonymService>().AddAsync(groups, cancellationToken);
    }
}
