using SaaS.Catalog.Pricing;

namespace SaaS.Catalog.MerchantPages;

public sealed record PriceListsModel(IReadOnlyList<PriceListView> Lists, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public string? Error => Errors.Count == 0 ? null : string.Join(" ", Errors.Values);
}
