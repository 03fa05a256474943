namespace SaaS.Catalog.MerchantPages;

/// <summary>Every combination of the variant values: sizes × colours becomes one SKU each.</summary>
public static class SkuMatrix
{
    public const int MaxRows = 200;

    public static IReadOnlyList<IReadOnlyList<VariantValue>> Combinations(IReadOnlyList<(string Code, IReadOnlyList<string> Values)> variants)
    {
        IReadOnlyList<IReadOnlyList<VariantValue>> rows = [[]];
        foreach (var (code, values) in variants.Where(v => v.Values.Count > 0))
        {
            rows = rows.SelectMany(row => values.Select(value => (IReadOnlyList<VariantValue>)[.. row, new VariantValue(code, value)])).Take(MaxRows).ToList();
        }
        return rows;
    }
}
