using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        var products = services.GetRequiredService<ProductService>();
        var merchants = services.GetRequiredService<IMerchantDirectory>();
        var owners = new Dictionary<string, MerchantActor>();
        var index = 0;
        foreach (var definition in execution.Step.GetProperty("products").EnumerateArray())
        {
            var path = $"products[{index++}]";
            var creditCode = definition.GetProperty("merchant").GetString()!;
            if (!owners.TryGetValue(creditCode, out var owner))
            {
                owners[creditCode] = owner = await merchants.OwnerByCreditCodeAsync(creditCode, cancellationToken)
                    ?? throw new ValidationFailedException($"{path}.merchant", $"No merchant has credit code {creditCode}; the merchants step comes first.");
            }
            var request = Request(definition, await CategoryIdAsync(db, definition, path, cancellationToken));
            if (await db.Skus.AnyAsync(s => s.Code == request.Skus![0].Code, cancellationToken)) continue;
            try
            {
                var product = await products.CreateAsync(owner, request, cancellationToken);
                if (definition.TryGetProperty("publish", out var publish) && publish.ValueKind == JsonValueKind.True) await products.PublishAsync(owner, product.Id, cancellationToken);
            }
            catch (ValidationFailedException problem)
            {
                throw new ValidationFailedException(problem.Errors.ToDictionary(e => $"{path}.{e.Key}", e => e.Value));
            }
        }
    }

    private static async Task<Guid> CategoryIdAsync(CatalogDbContext db, JsonElement definition, string path, CancellationToken cancellationToken)
    {
        var slug = definition.GetProperty("category").GetString();
        return await db.Categories.Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationFailedException($"{path}.category", $"There is no category '{slug}'.");
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
