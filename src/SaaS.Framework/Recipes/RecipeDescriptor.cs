using System.Text.Json;

namespace SaaS.Recipes;

/// <summary>A recipe file as read from the library, before validation.</summary>
public sealed record RecipeDescriptor(
    string Name,
    string DisplayName,
    string Description,
    string Vertical,
    string Version,
    bool IsSetupRecipe,
    IReadOnlyDictionary<string, string> Parameters,
    JsonElement Steps);
