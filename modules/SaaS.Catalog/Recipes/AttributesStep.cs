using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Problems;
using SaaS.Recipes;

namespace SaaS.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "attributes", "attributes": [{ "category": slug, "code", "name", "kind", "unit", "options": [],
/// "required", "filterable", "searchable", "variant" }] }</c>: what products of each category describe.
/// </summary>
public sealed class AttributesStep : IRecipeStep
{
    public string Name => "attributes";

    public string? FeatureId => Manifest.CatalogFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Array)
        {
            validation.Error("attributes", "'attributes' is required: an array of { category, code, name, kind, ... }.");
            return;
        }
        var index = 0;
        foreach (var attribute in attributes.EnumerateArray())
        {
            var path = $"attributes[{index++}]";
            foreach (var property in new[] { "category", "code", "name", "kind" })
            {
                if (!attribute.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String) validation.Error($"{path}.{property}", $"Every attribute needs a '{property}'.");
            }
            if (attribute.TryGetProperty("kind", out var kind) && !Enum.TryParse<AttributeKind>(kind.GetString(), ignoreCase: true, out _))
            {
                validation.Error($"{path}.kind", $"'{kind.GetString()}' is not a kind; use {string.Join(", ", Enum.GetNames<AttributeKind>())}.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<CatalogDbContext>();
        var service = execution.Services.GetRequiredService<CategoryService>();
        var index = 0;
        foreach (var attribute in execution.Step.GetProperty("attributes").EnumerateArray())
        {
            var path = $"attributes[{index++}]";
            var slug = attribute.GetProperty("category").GetString()!;
            var category = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken)
                ?? throw new ValidationFailedException($"{path}.category", $"There is no category '{slug}'; the categories step comes first.");
            bool Flag(string name) => attribute.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;
            var request = new AttributeRequest(attribute.GetProperty("code").GetString(), attribute.GetProperty("name").GetString(), attribute.GetProperty("kind").GetString(),
                attribute.TryGetProperty("unit", out var unit) ? unit.GetString() : null,
                attribute.TryGetProperty("options", out var options) ? options.EnumerateArray().Select(o => o.GetString()!).ToList() : null,
                Flag("required"), Flag("filterable"), Flag("searchable"), Flag("variant"));
            if (await db.Attributes.AnyAsync(a => a.CategoryId == category.Id && a.Code == request.Code, cancellationToken))
            {
                await service.UpdateAttributeAsync(category.Id, request.Code!, request, cancellationToken);
            }
            else await service.AddAttributeAsync(category.Id, request, cancellationToken);
        }
    }
}
