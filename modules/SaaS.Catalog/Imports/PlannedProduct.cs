using SaaS.Catalog.Products;

namespace SaaS.Catalog.Imports;

/// <summary>The rows of one product in a sheet (one per SKU, in order) and the request they make, unless a row could not be read.</summary>
public sealed class PlannedProduct(string key, IReadOnlyList<int> rows)
{
    public string Key { get; } = key;

    /// <summary>Spreadsheet row numbers; row <c>i</c> is SKU <c>i</c> of the request.</summary>
    public IReadOnlyList<int> Rows { get; } = rows;

    public ProductRequest? Request { get; set; }

    public List<SheetError> Errors { get; } = [];
}
