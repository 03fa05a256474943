using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;

namespace SaaS.Catalog.MerchantPages;

/// <summary>
/// The editor's form both ways: posted fields (<c>attr.{code}</c>, <c>variants.{code}</c>, <c>skus[i].code</c> …)
/// to a <see cref="ProductRequest"/>, and a product or a posted form back to the page's <see cref="EditorModel"/>.
/// </summary>
public sealed class EditorForm
{
    private readonly Dictionary<string, string> values = [];
    private readonly Dictionary<string, string> attributes = [];
    private readonly Dictionary<string, string> variants = [];
    private readonly List<(IReadOnlyList<VariantValue> Variant, string Code, string Stock, string Tiers, string LowStockAlert)> skus = [];

    public Guid? ProductId { get; private set; }

    public Guid? CategoryId => Guid.TryParse(values.GetValueOrDefault("categoryId"), out var id) ? id : null;

    public static EditorForm Blank(Guid? categoryId)
    {
        var form = new EditorForm();
        form.values["unit"] = "piece";
        form.values["minOrderQuantity"] = "1";
        form.values["orderMultiple"] = "1";
        form.values["leadTimeDays"] = "3";
        if (categoryId is { } id) form.values["categoryId"] = id.ToString();
        return form;
    }

    public static EditorForm From(ProductView product)
    {
        var form = new EditorForm { ProductId = product.Id };
        form.values["title"] = product.Title;
        form.values["brand"] = product.Brand;
        form.values["categoryId"] = product.CategoryId.ToString();
        form.values["unit"] = product.Unit;
        form.values["minOrderQuantity"] = product.MinOrderQuantity.ToString(CultureInfo.InvariantCulture);
        form.values["orderMultiple"] = product.OrderMultiple.ToString(CultureInfo.InvariantCulture);
        form.values["leadTimeDays"] = product.LeadTimeDays.ToString(CultureInfo.InvariantCulture);
        form.values["description"] = product.Description;
        foreach (var attribute in product.Attributes.EnumerateObject())
        {
            form.attributes[attribute.Name] = attribute.Value.ValueKind == JsonValueKind.Array
                ? string.Join(", ", attribute.Value.EnumerateArray().Select(v => v.GetString()))
                : attribute.Value.ValueKind switch { JsonValueKind.True => "true", JsonValueKind.False => "false", _ => attribute.Value.ToString() };
        }
        foreach (var sku in product.Skus)
        {
            var variant = sku.Variant.Select(v => new VariantValue(v.Key, v.Value)).ToList();
            form.skus.Add((variant, sku.Code, sku.Stock.ToString(CultureInfo.InvariantCulture), FormatTiers(sku.Tiers),
                sku.LowStockAlert?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }
        foreach (var code in product.Skus.SelectMany(s => s.Variant.Keys).Distinct())
        {
            form.variants[code] = string.Join(", ", product.Skus.Select(s => s.Variant.GetValueOrDefault(code)).OfType<string>().Distinct());
        }
        return form;
    }

    public static EditorForm From(IFormCollection posted)
    {
        var form = new EditorForm { ProductId = Guid.TryParse(posted["productId"], out var id) ? id : null };
        foreach (var key in new[] { "title", "brand", "categoryId", "unit", "minOrderQuantity", "orderMultiple", "leadTimeDays", "description" })
        {
            form.values[key] = posted[key].ToString().Trim();
        }
        foreach (var key in posted.Keys.Where(k => k.StartsWith("attr.", StringComparison.Ordinal)))
        {
            form.attributes[key[5..]] = string.Join(", ", posted[key].Where(v => !string.IsNullOrWhiteSpace(v)));
        }
        foreach (var key in posted.Keys.Where(k => k.StartsWith("variants.", StringComparison.Ordinal))) form.variants[key[9..]] = posted[key].ToString();
        for (var i = 0; posted.ContainsKey($"skus[{i}].code"); i++)
        {
            var prefix = $"skus[{i}].variant.";
            var variant = posted.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => new VariantValue(k[prefix.Length..], posted[k].ToString())).ToList();
            form.skus.Add((variant, posted[$"skus[{i}].code"].ToString().Trim(), posted[$"skus[{i}].stock"].ToString().Trim(), posted[$"skus[{i}].tiers"].ToString().Trim(),
                posted[$"skus[{i}].lowStockAlert"].ToString().Trim()));
        }
        return form;
    }

    /// <summary>Rebuilds the SKU rows from the variant values, keeping what was typed for combinations that stay.</summary>
    public void RegenerateMatrix(IReadOnlyList<AttributeDefinition> variantAttributes)
    {
        var chosen = variantAttributes.Select(a => (a.Code, (IReadOnlyList<string>)Split(variants.GetValueOrDefault(a.Code, "")))).ToList();
        var kept = skus.ToList();
        skus.Clear();
        foreach (var combination in SkuMatrix.Combinations(chosen))
        {
            var match = kept.FirstOrDefault(k => Same(k.Variant, combination));
            skus.Add(match.Variant is null ? (combination, "", "0", "", "") : match);
        }
    }

    public ProductRequest ToRequest(IDictionary<string, string> errors)
    {
        int? Number(string key) => WholeNumber(values.GetValueOrDefault(key, ""), key, errors);
        var attributeValues = attributes.Where(a => a.Value.Length > 0)
            .ToDictionary(a => a.Key, a => JsonSerializer.SerializeToElement(a.Value));
        var skuRequests = skus.Select((sku, i) => new SkuRequest(sku.Code,
            sku.Variant.ToDictionary(v => v.Code, v => v.Value),
            int.TryParse(sku.Stock, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stock) ? stock : null,
            ParseTiers(sku.Tiers, $"skus[{i}].tiers", errors), WholeNumber(sku.LowStockAlert, $"skus[{i}].lowStockAlert", errors))).ToList();
        return new ProductRequest(values.GetValueOrDefault("title"), values.GetValueOrDefault("brand"), CategoryId, values.GetValueOrDefault("description"),
            values.GetValueOrDefault("unit"), Number("minOrderQuantity"), Number("orderMultiple"), Number("leadTimeDays"), attributeValues, skuRequests);
    }

    public EditorModel ToModel(CategorySnapshot snapshot, ProductView? product, IReadOnlyDictionary<string, string> problemErrors)
    {
        // Problem fields name the request (attributes.material, skus[0].tiers[1].unitPrice); the page names inputs.
        var errors = new Dictionary<string, string>();
        foreach (var (field, message) in problemErrors)
        {
            var input = field.StartsWith("attributes.", StringComparison.Ordinal) ? "attr." + field[11..]
                : System.Text.RegularExpressions.Regex.Replace(field, @"^(skus\[\d+\])\.(tiers|variant).*$", m => m.Groups[2].Value == "tiers" ? $"{m.Groups[1].Value}.tiers" : $"{m.Groups[1].Value}.code");
            errors[input] = errors.TryGetValue(input, out var earlier) ? $"{earlier} {message}" : message;
        }
        var categoryId = CategoryId;
        var definitions = categoryId is { } id && snapshot.Exists(id) ? snapshot.AttributesFor(id) : [];
        var categories = snapshot.All.Select(c => new CategoryOption(c.Id, string.Join(" › ", snapshot.Path(c.Id).Select(p => p.Name)), c.Id == categoryId))
            .OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        var fields = definitions.Where(d => !d.Variant).Select(d => new AttributeField(d.Code, d.Name, d.Kind.ToString(), d.Unit, d.OptionList, d.Required,
            attributes.GetValueOrDefault(d.Code, ""), errors.GetValueOrDefault($"attr.{d.Code}"))).ToList();
        var variantFields = definitions.Where(d => d.Variant).Select(d => new VariantField(d.Code, d.Name, d.OptionList, variants.GetValueOrDefault(d.Code, ""))).ToList();
        var rows = skus.Select((s, i) => new SkuRow(i, s.Variant.Count == 0 ? "—" : string.Join(" / ", s.Variant.Select(v => v.Value)), s.Variant, s.Code, s.Stock, s.Tiers,
            s.LowStockAlert, errors.GetValueOrDefault($"skus[{i}].code"), errors.GetValueOrDefault($"skus[{i}].stock"), errors.GetValueOrDefault($"skus[{i}].tiers"),
            errors.GetValueOrDefault($"skus[{i}].lowStockAlert"))).ToList();
        if (rows.Count == 0) rows.Add(new SkuRow(0, "—", [], "", "0", "", "", errors.GetValueOrDefault("skus"), null, null, null));
        return new EditorModel(ProductId, product?.Status, product?.RejectionReason, values, errors, categories, Units.All, fields, variantFields, rows);
    }

    private static List<TierRequest> ParseTiers(string text, string field, IDictionary<string, string> errors)
    {
        var tiers = new List<TierRequest>();
        foreach (var part in text.Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split([':', '：'], StringSplitOptions.TrimEntries);
            if (pieces.Length == 2 && int.TryParse(pieces[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity)
                && decimal.TryParse(pieces[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
            {
                tiers.Add(new TierRequest(quantity, price));
            }
            else errors[field] = $"'{part}' is not 'quantity:price', e.g. 10:30.00; 100:27.50.";
        }
        return tiers;
    }

    /// <summary>A typed whole number; blank is none (the default), anything else is an error at <paramref name="field"/>.</summary>
    private static int? WholeNumber(string text, string field, IDictionary<string, string> errors)
    {
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
        errors[field] = $"'{text}' is not a whole number.";
        return null;
    }

    private static string FormatTiers(IEnumerable<TierRequest> tiers) =>
        string.Join("; ", tiers.Select(t => $"{t.MinQuantity}:{t.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture)}"));

    private static List<string> Split(string text) =>
        text.Split([',', '，', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    private static bool Same(IReadOnlyList<VariantValue> a, IReadOnlyList<VariantValue> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => y.Code == x.Code && y.Value == x.Value));
}
