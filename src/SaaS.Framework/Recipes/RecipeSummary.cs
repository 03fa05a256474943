namespace SaaS.Recipes;

public sealed record RecipeSummary(string Name, string DisplayName, string Description, string Vertical);
