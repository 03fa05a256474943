using System.Globalization;
using System.Text.Json;
using Ganss.Xss;
using SaaS.Catalog.Categories;
using SaaS.Problems;

namespace SaaS.Catalog.Products;

/// <summary>
/// Whether a product request is a product: fields in range, attributes as their category defines them, SKUs
/// with distinct codes and variants, tiers with rising quantities and prices that never rise. Every error names
/// its field the way the editor and the importer show it (<c>skus[1].tiers[0].unitPrice</c>).
/// </summary>
public static class ProductRules
{
    private static readonly HtmlSanitizer Sanitizer = new();

    public const int MaxSkus = 200;

    public static ValidProduct Validate(ProductRequest request, IReadOnlyList<AttributeDefinition> attributes)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200) Error("title", "A product needs a title of 1 to 200 characters.");
        if (request.Brand?.Length > 100) Error("brand", "The brand may have at most 100 characters.");
        if (request.CategoryId is null) Error("categoryId", "Choose the product's category.");
        if (request.Unit is null || !Units.All.Contains(request.Unit)) Error("unit", $"'{request.Unit}' is not a unit; use one of {string.Join(", ", Units.All)}.");
        var moq = request.MinOrderQuantity ?? 1;
        var multiple = request.OrderMultiple ?? 1;
        if (moq < 1) Error("minOrderQuantity", "The minimum order quantity is at least 1.");
        if (multiple < 1) Error("orderMultiple", "The order multiple (pack size) is at least 1.");
        else if (moq >= 1 && moq % multiple != 0) Error("minOrderQuantity", $"The minimum order quantity {moq} must be a multiple of the pack size {multiple}.");
        if (request.LeadTimeDays is < 0 or > 365) Error("leadTimeDays", "The lead time is 0 to 365 days.");
        var description = Sanitizer.Sanitize(request.Description ?? "");

        var values = ValidateAttributes(request.Attributes ?? new Dictionary<string, JsonElement>(), attributes.Where(a => !a.Variant).ToList(), Error);
        var skus = ValidateSkus(request.Skus ?? [], attributes.Where(a => a.Variant).ToList(), moq, Error);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new ValidProduct(title!, request.Brand?.Trim() ?? "", request.CategoryId!.Value, description, request.Unit!, moq, multiple,
            request.LeadTimeDays ?? 0, JsonSerializer.Serialize(values), skus);
    }

    private static Dictionary<string, object> ValidateAttributes(IReadOnlyDictionary<string, JsonElement> given, IReadOnlyList<AttributeDefinition> definitions, Action<string, string> error)
    {
        var values = new Dictionary<string, object>();
        foreach (var code in given.Keys.Where(k => definitions.All(d => d.Code != k)))
        {
            error($"attributes.{code}", $"'{code}' is not an attribute of this category.");
        }
        foreach (var definition in definitions)
        {
            var field = $"attributes.{definition.Code}";
            if (!given.TryGetValue(definition.Code, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
            {
                if (definition.Required) error(field, $"{definition.Name} is required in this category.");
                continue;
            }
            switch (definition.Kind)
            {
                case AttributeKind.Number:
                    if (value.ValueKind == JsonValueKind.Number || (value.ValueKind == JsonValueKind.String
                        && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
                    {
                        values[definition.Code] = value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture);
                    }
                    else error(field, $"{definition.Name} is a number{(definition.Unit is null ? "" : $" in {definition.Unit}")}.");
                    break;
                case AttributeKind.Boolean:
                    if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) values[definition.Code] = value.GetBoolean();
                    else if (value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var flag)) values[definition.Code] = flag;
                    else error(field, $"{definition.Name} is yes or no (true/false).");
                    break;
                case AttributeKind.SingleChoice:
                    var choice = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.ToString();
                    if (definition.OptionList.Contains(choice)) values[definition.Code] = choice;
                    else error(field, $"'{choice}' is not one of {string.Join(", ", definition.OptionList)}.");
                    break;
                case AttributeKind.MultiChoice:
                    var choices = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(v => v.ToString().Trim()).ToList()
                        : value.ToString().Split(['|', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                    var unknown = choices.Where(c => !definition.OptionList.Contains(c)).ToList();
                    if (unknown.Count > 0) error(field, $"{string.Join(", ", unknown)} not among {string.Join(", ", definition.OptionList)}.");
                    else values[definition.Code] = choices.Distinct().ToList();
                    break;
                default:
                    var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.ToString();
                    if (text.Length > 200) error(field, $"{definition.Name} may have at most 200 characters.");
                    else values[definition.Code] = text;
                    break;
            }
        }
        return values;
    }

    private static List<ValidSku> ValidateSkus(IReadOnlyList<SkuRequest> skus, IReadOnlyList<AttributeDefinition> variants, int moq, Action<string, string> error)
    {
        if (skus.Count == 0) error("skus", "A product needs at least one SKU with a code, stock and a price.");
        if (skus.Count > MaxSkus) error("skus", $"A product has at most {MaxSkus} SKUs.");
        var valid = new List<ValidSku>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var combinations = new HashSet<string>();
        for (var i = 0; i < skus.Count; i++)
        {
            var sku = skus[i];
            var path = $"skus[{i}]";
            var code = sku.Code?.Trim();
            if (string.IsNullOrEmpty(code) || code.Length > 64 || code.Any(char.IsWhiteSpace)) error($"{path}.code", "A SKU code has 1 to 64 characters and no spaces.");
            else if (!codes.Add(code)) error($"{path}.code", $"SKU code {code} appears twice.");
            if (sku.Stock is null or < 0) error($"{path}.stock", "Stock is a whole number of zero or more.");
            if (sku.LowStockAlert is < 0) error($"{path}.lowStockAlert", "The low-stock alert is a whole number of units, zero or more (0: never alert).");

            var variant = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (attribute, value) in sku.Variant ?? new Dictionary<string, string>())
            {
                var definition = variants.FirstOrDefault(v => v.Code == attribute);
                if (definition is null) error($"{path}.variant.{attribute}", $"'{attribute}' is not a variant attribute of this category.");
                else if (definition.OptionList.Count > 0 && !definition.OptionList.Contains(value.Trim())) error($"{path}.variant.{attribute}", $"'{value}' is not one of {string.Join(", ", definition.OptionList)}.");
                else variant[attribute] = value.Trim();
            }
            if (skus.Count > 1 && !combinations.Add(JsonSerializer.Serialize(variant)))
            {
                error($"{path}.variant", "Two SKUs of a product need different variant values.");
            }

            var tiers = sku.Tiers ?? [];
            if (tiers.Count == 0) error($"{path}.tiers", "A SKU needs at least one price.");
            for (var t = 0; t < tiers.Count; t++)
            {
                var tier = tiers[t];
                var tierPath = $"{path}.tiers[{t}]";
                if (tier.UnitPrice <= 0 || decimal.Round(tier.UnitPrice, 2) != tier.UnitPrice) error($"{tierPath}.unitPrice", "A price is above zero with at most two decimals.");
                if (t == 0 && tier.MinQuantity > moq) error($"{tierPath}.minQuantity", $"The first tier starts at or below the minimum order quantity ({moq}), so every order has a price.");
                if (tier.MinQuantity < 1) error($"{tierPath}.minQuantity", "Quantities start at 1.");
                if (t > 0 && tier.MinQuantity <= tiers[t - 1].MinQuantity) error($"{tierPath}.minQuantity", "Tier quantities must rise.");
                if (t > 0 && tier.UnitPrice > tiers[t - 1].UnitPrice) error($"{tierPath}.unitPrice", "A larger quantity may not cost more per unit.");
            }
            if (code is not null && sku.Stock is >= 0) valid.Add(new ValidSku(code, JsonSerializer.Serialize(variant), sku.Stock.Value, tiers, sku.LowStockAlert));
        }
        return valid;
    }
}
