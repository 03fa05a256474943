using System.Text.Json;
using SaaS.Problems;

namespace SaaS.Recipes;

/// <summary>The <c>*.recipe.json</c> files of the recipes folder.</summary>
public sealed class RecipeLibrary(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Setup recipes; with <paramref name="includeImports"/> also those meant for running tenants.</summary>
    public IReadOnlyList<RecipeSummary> List(bool includeImports = false) =>
        Files()
            .Select(file => TryRead(file, out var recipe, out _) ? recipe : null)
            .OfType<RecipeDescriptor>()
            .Where(r => includeImports || r.IsSetupRecipe)
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RecipeSummary(r.Name, r.DisplayName, r.Description, r.Vertical))
            .ToList();

    /// <summary>The named recipe; 422 naming it when it does not exist or cannot be read.</summary>
    public RecipeDescriptor Get(string name)
    {
        var file = Files().FirstOrDefault(f => Path.GetFileName(f) == name + ".recipe.json");
        if (file is null)
        {
            throw new UnprocessableException("recipe",
                $"Unknown recipe '{name}'. Available: {string.Join(", ", List().Select(r => r.Name))}.");
        }
        return TryRead(file, out var recipe, out var error)
            ? recipe!
            : throw new UnprocessableException("recipe", $"Recipe '{name}' cannot be read: {error}");
    }

    private IEnumerable<string> Files() =>
        Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.recipe.json") : [];

    private static bool TryRead(string file, out RecipeDescriptor? recipe, out string? error)
    {
        recipe = null;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var fileName = Path.GetFileName(file)[..^".recipe.json".Length];
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("parameters", out var declared) && declared.ValueKind == JsonValueKind.Object)
            {
                foreach (var parameter in declared.EnumerateObject())
                {
                    parameters[parameter.Name] = parameter.Value.TryGetProperty("default", out var value) ? value.GetString() ?? "" : "";
                }
            }
            recipe = new RecipeDescriptor(
                Text(root, "name") ?? fileName,
                Text(root, "displayName") ?? fileName,
                Text(root, "description") ?? "",
                Text(root, "vertical") ?? "",
                Text(root, "version") ?? "1.0.0",
                !root.TryGetProperty("isSetupRecipe", out var setup) || setup.ValueKind != JsonValueKind.False,
                parameters,
                root.TryGetProperty("steps", out var steps) ? steps.Clone() : default);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException)
        {
            error = e.Message;
            return false;
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
