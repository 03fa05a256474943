using SaaS.Catalog.Products;

namespace SaaS.Catalog.MerchantPages;

/// <summary>The merchant's product list: the filter applied, the products, and what the last bulk action did.</summary>
public sealed record ProductListModel(IReadOnlyList<ProductView> Products, string? Query, string? Status, bool CanManage, IReadOnlyList<BulkResult> Results, string? Error);
