using SaaS.Problems;

namespace SaaS.Recipes;

/// <summary>422: a step failed while running; the recipe's writes were rolled back.</summary>
public sealed class RecipeStepFailedException(RecipeError error, Exception inner)
    : ProblemException(422, $"Recipe '{error.Recipe}' failed.", new Dictionary<string, string[]> { [error.Path] = [error.ToString()] })
{
    public RecipeError Error { get; } = error;

    public Exception Cause { get; } = inner;
}
