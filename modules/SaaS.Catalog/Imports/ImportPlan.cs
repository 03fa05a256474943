using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;
using SaaS.Problems;

namespace SaaS.Catalog.Imports;

/// <summary>
/// A sheet read as products: headers matched to <see cref="ProductColumns"/>, rows grouped into products, each
/// product's request built, and whatever cannot be read (a number that is not one, an unknown category, tiers
/// that are not <c>quantity:price</c> pairs) pinned to its row and column before anything is validated. Errors
/// that validation finds later (<c>skus[1].tiers[0].unitPrice</c>) are mapped back to rows and columns here too.
/// </summary>
public sealed partial class ImportPlan
{
    private readonly Dictionary<string, string> headers;

    private readonly List<PlannedProduct> products = [];

    private ImportPlan(Dictionary<string, string> headers, IReadOnlyList<SheetError> headerErrors, bool canRun, int total)
    {
        this.headers = headers;
        (HeaderErrors, CanRun, Total) = (headerErrors, canRun, total);
    }

    /// <summary>Problems with the header row: unknown, repeated or missing columns.</summary>
    public IReadOnlyList<SheetError> HeaderErrors { get; }

    /// <summary>False when a required column is missing: nothing can be imported.</summary>
    public bool CanRun { get; }

    /// <summary>Data rows.</summary>
    public int Total { get; }

    /// <summary>In the order of their first rows.</summary>
    public IReadOnlyList<PlannedProduct> Products => products;

    /// <summary>How the file heads a column (<c>阶梯价</c> for <c>tiers</c>), or its canonical name when the file lacks it.</summary>
    public string ColumnName(string canonical) => headers.GetValueOrDefault(canonical, canonical);

    public static ImportPlan Build(Sheet sheet, CategorySnapshot categories)
    {
        var headerErrors = new List<SheetError>();
        var index = new Dictionary<string, int>();
        var names = new Dictionary<string, string>();
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var header = sheet.Header[i];
            if (header.Length == 0) continue;
            var canonical = ProductColumns.Canonical(header);
            if (canonical is null)
            {
                headerErrors.Add(new SheetError(1, header, $"Unknown column, ignored. Columns are {string.Join(", ", ProductColumns.ProductFields)}, attr.<code>, {string.Join(", ", ProductColumns.SkuFields)}, variant.<code>."));
            }
            else if (!index.TryAdd(canonical, i))
            {
                headerErrors.Add(new SheetError(1, header, $"The column {names[canonical]} appears twice; only the first is read."));
            }
            else names[canonical] = header;
        }
        var missing = ProductColumns.Required.Where(c => !index.ContainsKey(c)).ToList();
        headerErrors.AddRange(missing.Select(c => new SheetError(1, c, "This column is required and missing from the header row.")));

        var groups = new Dictionary<string, List<SheetRow>>();
        foreach (var row in sheet.Rows)
        {
            string? Cell(string column) => index.TryGetValue(column, out var i) ? row.Cells[i] : null;
            var key = Cell(ProductColumns.Key) ?? Cell(ProductColumns.Title) ?? $"row {row.Number}";
            if (!groups.TryGetValue(key, out var rows)) groups[key] = rows = [];
            rows.Add(row);
        }
        var plan = new ImportPlan(names, headerErrors, missing.Count == 0, sheet.Rows.Count);
        plan.products.AddRange(groups.Select(g => plan.Plan(g.Key, g.Value, index, categories)));
        return plan;
    }

    private PlannedProduct Plan(string key, List<SheetRow> rows, Dictionary<string, int> index, CategorySnapshot categories)
    {
        var product = new PlannedProduct(key, rows.Select(r => r.Number).ToList());
        var first = rows[0];
        void Error(SheetRow row, string column, string message) => product.Errors.Add(new SheetError(row.Number, ColumnName(column), message));
        string? Cell(SheetRow row, string column) => index.TryGetValue(column, out var i) ? row.Cells[i] : null;

        // Product columns come from the first row; the others may repeat them or leave them empty, not contradict them.
        var productColumns = index.Keys.Where(c => (ProductColumns.ProductFields.Contains(c) && c != ProductColumns.Key) || c.StartsWith(ProductColumns.AttributePrefix, StringComparison.Ordinal)).ToList();
        foreach (var row in rows.Skip(1))
        {
            foreach (var column in productColumns)
            {
                var value = Cell(row, column);
                if (value is not null && value != Cell(first, column))
                {
                    Error(row, column, $"Differs from row {first.Number} of the same product; repeat the value or leave the cell empty.");
                }
            }
        }

        Guid? categoryId = null;
        if (Cell(first, ProductColumns.Category) is { } slug)
        {
            categoryId = categories.BySlug(slug)?.Id;
            if (categoryId is null) Error(first, ProductColumns.Category, $"There is no category '{slug}'; use a category's slug, as in its address /c/<slug>.");
        }
        int? Whole(SheetRow row, string column)
        {
            var text = Cell(row, column);
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
            Error(row, column, $"'{text}' is not a whole number.");
            return null;
        }
        var attributes = productColumns.Where(c => c.StartsWith(ProductColumns.AttributePrefix, StringComparison.Ordinal) && Cell(first, c) is not null)
            .ToDictionary(c => c[ProductColumns.AttributePrefix.Length..], c => JsonSerializer.SerializeToElement(Cell(first, c)));
        var variantColumns = index.Keys.Where(c => c.StartsWith(ProductColumns.VariantPrefix, StringComparison.Ordinal)).ToList();
        var skus = rows.Select(row => new SkuRequest(
            Cell(row, ProductColumns.SkuCode),
            variantColumns.Where(c => Cell(row, c) is not null).ToDictionary(c => c[ProductColumns.VariantPrefix.Length..], c => Cell(row, c)!),
            Whole(row, ProductColumns.Stock),
            Tiers(row, Cell(row, ProductColumns.Tiers), Error),
            Whole(row, ProductColumns.LowStockAlert))).ToList();
        var request = new ProductRequest(Cell(first, ProductColumns.Title), Cell(first, ProductColumns.Brand), categoryId, Cell(first, ProductColumns.Description),
            Cell(first, ProductColumns.Unit), Whole(first, ProductColumns.Moq), Whole(first, ProductColumns.Multiple), Whole(first, ProductColumns.LeadTime), attributes, skus);
        if (product.Errors.Count == 0) product.Request = request;
        else NotImported(product);
        return product;
    }

    private static List<TierRequest> Tiers(SheetRow row, string? text, Action<SheetRow, string, string> error)
    {
        var tiers = new List<TierRequest>();
        if (text is null) return tiers;
        foreach (var part in text.Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split([':', '：'], StringSplitOptions.TrimEntries);
            var (quantity, price) = pair.Length == 1 ? ("1", pair[0]) : (pair[0], pair.Length == 2 ? pair[1] : "");
            if (!int.TryParse(quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var min)
                || !decimal.TryParse(price.TrimStart('¥', '￥'), NumberStyles.Number, CultureInfo.InvariantCulture, out var unitPrice))
            {
                error(row, ProductColumns.Tiers, $"'{text}' is not a list of quantity:price pairs such as 10:30.00;100:27.50.");
                return [];
            }
            tiers.Add(new TierRequest(min, unitPrice));
        }
        return tiers;
    }

    /// <summary>The problem validation found with a product, at the rows and columns it came from.</summary>
    public void Refuse(PlannedProduct product, ProblemException problem)
    {
        foreach (var (field, messages) in problem.Errors)
        {
            var (sku, column) = Locate(field);
            var row = sku is { } i && i < product.Rows.Count ? product.Rows[i] : product.Rows[0];
            product.Errors.Add(new SheetError(row, ColumnName(column), string.Join(" ", messages)));
        }
        NotImported(product);
    }

    /// <summary>Rows of a refused product that have no error of their own still say why they were not saved.</summary>
    private static void NotImported(PlannedProduct product)
    {
        var rowsWithErrors = product.Errors.Select(e => e.Row).ToHashSet();
        var where = string.Join(", ", rowsWithErrors.Order());
        foreach (var row in product.Rows.Where(r => !rowsWithErrors.Contains(r)))
        {
            product.Errors.Add(new SheetError(row, "", $"Not imported: its product ({product.Key}) has errors in row {where}."));
        }
    }

    private (int? Sku, string Column) Locate(string field)
    {
        var match = SkuField().Match(field);
        if (match.Success)
        {
            var sku = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var rest = match.Groups[2].Value;
            return (sku, rest switch
            {
                "code" => ProductColumns.SkuCode,
                "stock" => ProductColumns.Stock,
                "lowStockAlert" => ProductColumns.LowStockAlert,
                _ when rest.StartsWith("tiers", StringComparison.Ordinal) => ProductColumns.Tiers,
                _ when rest.StartsWith("variant.", StringComparison.Ordinal) => ProductColumns.VariantPrefix + rest["variant.".Length..],
                "variant" => headers.Keys.FirstOrDefault(c => c.StartsWith(ProductColumns.VariantPrefix, StringComparison.Ordinal)) ?? "variant",
                _ => rest,
            });
        }
        return (null, field switch
        {
            "skus" => ProductColumns.SkuCode,
            "categoryId" => ProductColumns.Category,
            "minOrderQuantity" => ProductColumns.Moq,
            "orderMultiple" => ProductColumns.Multiple,
            "leadTimeDays" => ProductColumns.LeadTime,
            _ when field.StartsWith("attributes.", StringComparison.Ordinal) => ProductColumns.AttributePrefix + field["attributes.".Length..],
            _ => field,
        });
    }

    [GeneratedRegex(@"^skus\[(\d+)\]\.?(.*)$")]
    private static partial Regex SkuField();
}
