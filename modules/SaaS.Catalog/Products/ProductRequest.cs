using System.Text.Json;

namespace SaaS.Catalog.Products;

/// <summary>A product as the merchant's editor, the API, imports and recipes send it.</summary>
public sealed record ProductRequest(
    string? Title,
    string? Brand,
    Guid? CategoryId,
    string? Description,
    string? Unit,
    int? MinOrderQuantity,
    int? OrderMultiple,
    int? LeadTimeDays,
    IReadOnlyDictionary<string, JsonElement>? Attributes,
    IReadOnlyList<SkuRequest>? Skus);
