using SaaS.Catalog.Products;
using SaaS.Merchants;

namespace SaaS.Catalog.AdminPages;

public sealed record ReviewQueueModel(IReadOnlyList<ProductView> Products, IReadOnlyDictionary<Guid, MerchantCard> Merchants, string? Message, string? Error)
{
    public IReadOnlyList<ReviewRow> Rows => Products.Select(p => new ReviewRow(p, Merchants.TryGetValue(p.MerchantId, out var m) ? m.Name : "?")).ToList();
}
