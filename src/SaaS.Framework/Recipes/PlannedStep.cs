using System.Text.Json;

namespace SaaS.Recipes;

public sealed record PlannedStep(int Index, JsonElement Step, IRecipeStep Handler);
