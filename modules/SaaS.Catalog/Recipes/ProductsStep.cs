using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Recipes;

namespace SaaS.Catalog.Recipes;

/// <summary>
/// <c>{ "name": "products", "products": [{ "merchant": creditCode, "category": slug, "title", "brand", "unit", "moq",
/// "multiple", "leadTimeDays", "description", "attributes": {}, "skus": [{ "code", "variant": {}, "stock",
/// "tiers": [[minQuantity, unitPrice], ...] }], "publish": true }] }</c>: a sample catalog. Products go through the
/// same rules and publishing gate as the merchant's editor; a product whose first SKU code exists is skipped.
/// </summary>
public sealed class ProductsStep : IRecipeStep
{
    public string Name => "products";

    public string? FeatureId => Manifest.CatalogFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("products", out var products) || products.ValueKind != JsonValueKind.Array)
        {
            validation.Error("products", "'products' is required: an array of products.");
            return;
        }
        var index = 0;
        foreach (var product in products.EnumerateArray())
        {
            var path = $"products[{index++}]";
            foreach (var property in new[] { "merchant", "category", "title", "unit" })
            {
                if (!product.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String) validation.Error($"{path}.{property}", $"Every product needs a '{property}'.");
            }
            if (!product.TryGetProperty("skus", out var skus) || skus.ValueKind != JsonValueKind.Array || skus.GetArrayLength() == 0)
            {
                validation.Error($"{path}.skus", "Every product needs 'skus'.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var services = execution.Services;
        var db = services.GetRequiredService<CatalogDbContext>();
        var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(cancellationToken);
        var merchants = services.GetRequiredService<IMerchantDirectory>();
        var definitions = execution.Step.GetProperty("products").EnumerateArray().Select((definition, index) => (Definition: definition, Path: $"products[{index}]")).ToList();
        var existing = (await db.Skus.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet();
        // One batch per merchant and publish flag, so each merchant's standing is checked once.
        foreach (var batch in definitions.GroupBy(d => (Merchant: d.Definition.GetProperty("merchant").GetString()!, Publish: d.Definition.TryGetProperty("publish", out var p) && p.ValueKind == JsonValueKind.True)))
        {
            var owner = await merchants.OwnerByCreditCodeAsync(batch.Key.Merchant, cancellationToken)
                ?? throw new ValidationFailedException($"{batch.First().Path}.merchant", $"No merchant has credit code {batch.Key.Merchant}; the merchants step comes first.");
            var fresh = batch.Select(d => (d.Path, Request: Request(d.Definition, CategoryId(snapshot, d.Definition, d.Path))))
                .Where(d => !existing.Contains(d.Request.Skus![0].Code!)).ToList();
            var created = await services.GetRequiredService<ProductService>().CreateManyAsync(owner, fresh.Select(f => f.Request).ToList(), batch.Key.Publish, cancellationToken);
            if (created.Select((c, i) => (c.Problem, fresh[i].Path)).FirstOrDefault(c => c.Problem is not null) is { Problem: { } problem } failed)
            {
                throw new ValidationFailedException(problem.Errors.ToDictionary(e => $"{failed.Path}.{e.Key}", e => e.Value));
            }
        }
    }

    private static Guid CategoryId(CategorySnapshot snapshot, JsonElement definition, string path)
    {
        var slug = definition.GetProperty("category").GetString()!;
        return snapshot.BySlug(slug)?.Id ?? throw new ValidationFailedException($"{path}.category", $"There is no category '{slug}'.");
    }

    private static ProductRequest Request(JsonElement p, Guid categoryId)
    {
        string? Text(string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) => p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var attributes = p.TryGetProperty("attributes", out var a) ? a.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.Clone()) : [];
        var skus = p.GetProperty("skus").EnumerateArray().Select(s => new SkuRequest(
            s.GetProperty("code").GetString(),
            s.TryGetProperty("variant", out var v) ? v.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString()!) : null,
            s.TryGetProperty("stock", out var stock) ? stock.GetInt32() : 0,
            s.GetProperty("tiers").EnumerateArray().Select(t => new TierRequest(t[0].GetInt32(), t[1].GetDecimal())).ToList())).ToList();
        return new ProductRequest(Text("title"), Text("brand"), categoryId, Text("description"), Text("unit"), Number("moq"), Number("multiple"), Number("leadTimeDays"), attributes, skus);
    }
}
