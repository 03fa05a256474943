namespace SaaS.Recipes;

/// <summary>A recipe that passed validation: its steps with parameters filled in, each with its handler.</summary>
public sealed record RecipePlan(string Recipe, IReadOnlyList<PlannedStep> Steps, IReadOnlySet<string> FeaturesAfterRecipe);
