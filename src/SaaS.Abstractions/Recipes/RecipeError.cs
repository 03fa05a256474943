namespace SaaS.Recipes;

/// <summary>A problem found in a recipe: which recipe, which step, where in the JSON, and what.</summary>
public sealed record RecipeError(string Recipe, int? StepIndex, string Path, string Message)
{
    public override string ToString() => StepIndex is { } index
        ? $"recipe '{Recipe}', step {index} ({Path}): {Message}"
        : $"recipe '{Recipe}' ({Path}): {Message}";
}
