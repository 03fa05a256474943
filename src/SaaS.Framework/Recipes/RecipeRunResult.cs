namespace SaaS.Recipes;

public sealed record RecipeRunResult(string Recipe, int Steps, IReadOnlyList<string> FeaturesAfterRecipe);
