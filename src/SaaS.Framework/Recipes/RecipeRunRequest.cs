namespace SaaS.Recipes;

/// <summary>Optional arguments for the recipe's parameters when importing it into a running tenant.</summary>
public sealed record RecipeRunRequest(IReadOnlyDictionary<string, string>? Parameters);
