using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;
using SaaS.Merchants;

namespace SaaS.Catalog.Storefront;

/// <summary>A product page: the product, its breadcrumbs, what it is (attributes) and who sells it.</summary>
public sealed record ProductPageModel(ProductView Product, IReadOnlyList<Category> Path, IReadOnlyList<AttributeValueView> Attributes, MerchantCard Merchant)
{
    public IReadOnlyList<SkuOption> Skus => Product.Skus.Select(s => new SkuOption(s.Id, s.Code,
        s.Variant.Count == 0 ? s.Code : string.Join(" / ", s.Variant.Values), s.Stock, s.Tiers)).ToList();
}
