using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.Imports;

/// <summary>
/// Product sheets to download: the import template of a category and the export of a merchant's catalog, both
/// in the format <see cref="ImportPlan"/> reads, so an export imports again as it is.
/// </summary>
public sealed class ProductSheets(CatalogDbContext db, CategoryService categories)
{
    /// <summary>The columns of a category (its attributes, its variant attributes) and one example row.</summary>
    public async Task<SheetDownload> TemplateAsync(string? categorySlug, SheetFormat format, CancellationToken cancellationToken)
    {
        var snapshot = await categories.SnapshotAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(categorySlug)) throw new ValidationFailedException("category", "Choose the category whose template you want (its slug, e.g. bolts).");
        var category = snapshot.BySlug(categorySlug) ?? throw new ValidationFailedException("category", $"There is no category '{categorySlug}'.");
        var attributes = snapshot.AttributesFor(category.Id);
        var header = Header(attributes.Where(a => !a.Variant).Select(a => a.Code), attributes.Where(a => a.Variant).Select(a => a.Code));
        var example = new Dictionary<string, object?>
        {
            [ProductColumns.Key] = "P001", [ProductColumns.Category] = category.Slug, [ProductColumns.Title] = $"示例商品 Example {category.Name}",
            [ProductColumns.Brand] = "示例品牌", [ProductColumns.Unit] = "piece", [ProductColumns.Moq] = 1, [ProductColumns.Multiple] = 1,
            [ProductColumns.LeadTime] = 3, [ProductColumns.Description] = "<p>描述 Description</p>", [ProductColumns.SkuCode] = "EXAMPLE-001",
            [ProductColumns.Stock] = 100, [ProductColumns.Tiers] = "1:10.00;100:9.50",
        };
        foreach (var attribute in attributes)
        {
            example[(attribute.Variant ? ProductColumns.VariantPrefix : ProductColumns.AttributePrefix) + attribute.Code] = attribute.Kind switch
            {
                AttributeKind.SingleChoice or AttributeKind.MultiChoice => attribute.OptionList.FirstOrDefault(),
                AttributeKind.Number => "10",
                AttributeKind.Boolean => "true",
                _ => attribute.Variant ? "M8×30" : "示例",
            } ?? (attribute.Variant ? "M8×30" : "示例");
        }
        var row = header.Select(h => example.GetValueOrDefault(h)).ToArray();
        return new SheetDownload(SheetFiles.Write(format, header, [row]), SheetFiles.ContentType(format), $"product-template-{category.Slug}.{SheetFiles.Extension(format)}");
    }

    /// <summary>Every product of the caller's merchant, one row per SKU, with the columns of every category they use.</summary>
    public async Task<SheetDownload> ExportAsync(MerchantActor actor, SheetFormat format, CancellationToken cancellationToken)
    {
        var snapshot = await categories.SnapshotAsync(cancellationToken);
        var all = new List<Product>();
        // Pages by id keep each query small on a 100,000-SKU catalog.
        for (Guid? after = null; ;)
        {
            var page = await db.Products.AsNoTracking().AsSplitQuery().Include(p => p.Skus).ThenInclude(s => s.Tiers)
                .Where(p => p.MerchantId == actor.MerchantId && (after == null || p.Id > after))
                .OrderBy(p => p.Id).Take(1000).ToListAsync(cancellationToken);
            all.AddRange(page);
            if (page.Count < 1000) break;
            after = page[^1].Id;
        }
        var used = all.Select(p => p.CategoryId).Distinct().SelectMany(snapshot.AttributesFor).ToList();
        // Ordered by code, not by which product came first, so two exports of the same catalog have the same columns.
        var attributeCodes = used.Where(a => !a.Variant).Select(a => a.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var variantCodes = used.Where(a => a.Variant).Select(a => a.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var header = Header(attributeCodes, variantCodes);
        var slugs = snapshot.All.ToDictionary(c => c.Id, c => c.Slug);
        var rows = all.SelectMany(product =>
        {
            var attributes = JsonDocument.Parse(product.Attributes).RootElement;
            return product.Skus.OrderBy(s => s.Code, StringComparer.Ordinal).Select(sku =>
            {
                var variant = JsonSerializer.Deserialize<Dictionary<string, string>>(sku.Variant) ?? [];
                var cells = new List<object?>
                {
                    product.Slug, slugs.GetValueOrDefault(product.CategoryId), product.Title, product.Brand, product.Unit, product.MinOrderQuantity,
                    product.OrderMultiple, product.LeadTimeDays, product.Description,
                };
                cells.AddRange(attributeCodes.Select(code => attributes.TryGetProperty(code, out var value) ? Text(value) : null));
                cells.Add(sku.Code);
                cells.AddRange(variantCodes.Select(code => variant.GetValueOrDefault(code)));
                cells.Add(sku.Stock);
                cells.Add(string.Join(";", sku.Tiers.OrderBy(t => t.MinQuantity).Select(t => $"{t.MinQuantity}:{t.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture)}")));
                cells.Add(sku.LowStockAlert);
                return cells.ToArray();
            });
        });
        return new SheetDownload(SheetFiles.Write(format, header, rows), SheetFiles.ContentType(format), $"products.{SheetFiles.Extension(format)}");
    }

    private static List<string> Header(IEnumerable<string> attributeCodes, IEnumerable<string> variantCodes) =>
    [
        .. ProductColumns.ProductFields,
        .. attributeCodes.Select(c => ProductColumns.AttributePrefix + c),
        ProductColumns.SkuCode,
        .. variantCodes.Select(c => ProductColumns.VariantPrefix + c),
        ProductColumns.Stock,
        ProductColumns.Tiers,
        ProductColumns.LowStockAlert,
    ];

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(v => v.ToString())),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
