namespace SaaS.Search.Index;

/// <summary>
/// The fields of a product document. The title goes through the SmartChinese analyzer (<c>title_zh</c>, Chinese
/// words) and the Latin analyzer (<c>title_en</c>); everything searchable (title, brand, SKU codes, searchable
/// attribute values, category names) goes through the Latin analyzer into <c>text_en</c>: lowercased English words,
/// SKU code parts, and Han text as character pairs, which find any Chinese substring whatever the segmentation.
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string TitleZh = "title_zh";
    public const string TitleEn = "title_en";
    public const string TextEn = "text_en";
    public const string Brand = "brand";
    public const string BrandExact = "brand_exact";
    public const string SkuExact = "sku_exact";
    public const string Merchant = "merchant";
    public const string Category = "category";
    /// <summary>The product's category and every ancestor: a filter on a branch is one term.</summary>
    public const string CategoryPath = "category_path";
    public const string Attribute = "attr";
    public const string PriceCents = "price_cents";
    public const string PriceRange = "price_range";
    public const string InStock = "in_stock";
    public const string Published = "published";

    /// <summary>Doc values counted by <see cref="Querying.FacetCounter"/>: sorted for category and merchant (one each), sorted-set for attributes.</summary>
    public const string FacetCategory = "f_category";
    public const string FacetMerchant = "f_merchant";
    public const string FacetAttribute = "f_attr";

    /// <summary>Separates an attribute's code from its value in <see cref="Attribute"/> and <see cref="FacetAttribute"/>.</summary>
    public const char AttributeSeparator = '\u001f';
}
