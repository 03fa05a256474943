using System.Text.Json;

namespace SaaS.Recipes;

/// <summary>What a step handler sees while it runs: its step and the tenant's scoped services.</summary>
public sealed record RecipeStepExecution(string Recipe, int StepIndex, JsonElement Step, IServiceProvider Services);
