using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;
using SaaS.Merchants;

namespace SaaS.Catalog.Storefront;

/// <summary>A product page: the product, its breadcrumbs, what it is (attributes) and who sells it.</summary>
public sealed record ProductPageModel(ProductView Product, IReadOnlyList<Category> Path, IReadOnlyList<AttributeValueView> Attributes, MerchantCard Merchant)
{
    /// <summary>Layouts put page models' <c>meta_description</c> and <c>canonical_path</c> into the head.</summary>
    public string MetaDescription => $"{Product.Brand} {Product.Title} · ¥{Product.PriceFrom:0.00} / {Product.Unit} · MOQ {Product.MinOrderQuantity} · {Merchant.Name}";

    public string CanonicalPath => $"/p/{Product.Slug}";

    /// <summary>Null while no module takes orders: the page then only shows the SKU picker.</summary>
    public AddToCartView? AddToCart { get; init; }

    public IReadOnlyList<SkuOption> Skus => Product.Skus.Select(s => new SkuOption(s.Id, s.Code,
        s.Variant.Count == 0 ? s.Code : string.Join(" / ", s.Variant.Values), s.Stock, s.Tiers)).ToList();
}
