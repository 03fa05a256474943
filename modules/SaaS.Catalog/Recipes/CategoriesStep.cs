using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Recipes;

namespace SaaS.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "categories", "categories": [{ "slug", "name", "verifiedBuyersOnly": true, "children": [...] }] }</c>: the
/// category tree; <c>verifiedBuyersOnly</c> (optional) keeps a category's products, and its subcategories', from anyone
/// but verified buyer companies. Existing slugs keep their place and take the recipe's name (and the flag when given),
/// so running it again changes nothing else.
/// </summary>
public sealed class CategoriesStep : IRecipeStep
{
    public string Name => "categories";

    public string? FeatureId => Manifest.CatalogFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("categories", out var categories) || categories.ValueKind != JsonValueKind.Array)
        {
            validation.Error("categories", "'categories' is required: an array of { slug, name, children }.");
            return;
        }
        var slugs = new HashSet<string>();
        void Check(JsonElement nodes, string path)
        {
            var index = 0;
            foreach (var node in nodes.EnumerateArray())
            {
                var here = $"{path}[{index++}]";
                var slug = node.TryGetProperty("slug", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                if (string.IsNullOrWhiteSpace(slug)) validation.Error($"{here}.slug", "Every category needs a 'slug'.");
                else if (!slugs.Add(slug)) validation.Error($"{here}.slug", $"Slug '{slug}' appears twice.");
                if (!node.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String) validation.Error($"{here}.name", "Every category needs a 'name'.");
                if (node.TryGetProperty("verifiedBuyersOnly", out var flag) && flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    validation.Error($"{here}.verifiedBuyersOnly", "'verifiedBuyersOnly' is true or false.");
                }
                if (node.TryGetProperty("children", out var children)) Check(children, $"{here}.children");
            }
        }
        Check(categories, "categories");
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<CatalogDbContext>();
        var service = execution.Services.GetRequiredService<CategoryService>();
        async Task AddAsync(JsonElement nodes, Guid? parent)
        {
            var order = 0;
            foreach (var node in nodes.EnumerateArray())
            {
                var slug = node.GetProperty("slug").GetString()!;
                var name = node.GetProperty("name").GetString()!;
                bool? verifiedBuyersOnly = node.TryGetProperty("verifiedBuyersOnly", out var flag) ? flag.GetBoolean() : null;
                var existing = await db.Categories.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
                var id = existing is null
                    ? (await service.CreateAsync(new CategoryRequest(slug, name, parent, order, verifiedBuyersOnly), cancellationToken)).Id
                    : (await service.UpdateAsync(existing.Id, new CategoryRequest(slug, name, existing.ParentId, existing.SortOrder, verifiedBuyersOnly), cancellationToken)).Id;
                order++;
                if (node.TryGetProperty("children", out var children)) await AddAsync(children, id);
            }
        }
        await AddAsync(execution.Step.GetProperty("categories"), null);
    }
}
