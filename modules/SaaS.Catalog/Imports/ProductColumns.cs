namespace SaaS.Catalog.Imports;

/// <summary>
/// The columns of a product sheet, one row per SKU, and the header names people may give them (the English
/// names, or the Chinese ones an operator's staff type in Excel). Rows with the same <see cref="Key"/> (or,
/// without one, the same title) are one product; its product columns are read from its first row and may be
/// left empty on the others. <c>attr.{code}</c> and <c>variant.{code}</c> (or <c>属性.</c>, <c>规格.</c>) hold
/// the category's attributes and the SKU's variant values; <see cref="Tiers"/> reads <c>10:30.00;100:27.50</c>.
/// </summary>
public static class ProductColumns
{
    public const string Key = "product_key";
    public const string Category = "category";
    public const string Title = "title";
    public const string Brand = "brand";
    public const string Unit = "unit";
    public const string Moq = "moq";
    public const string Multiple = "multiple";
    public const string LeadTime = "lead_time_days";
    public const string Description = "description";
    public const string SkuCode = "sku_code";
    public const string Stock = "stock";
    public const string Tiers = "tiers";

    /// <summary>Optional: the SKU's own low-stock alert in units; blank keeps the marketplace default, 0 never alerts.</summary>
    public const string LowStockAlert = "low_stock_alert";
    public const string AttributePrefix = "attr.";
    public const string VariantPrefix = "variant.";

    /// <summary>The fixed columns in the order templates and exports write them; attributes go after <see cref="Description"/>, variants after <see cref="SkuCode"/>.</summary>
    public static readonly IReadOnlyList<string> ProductFields = [Key, Category, Title, Brand, Unit, Moq, Multiple, LeadTime, Description];

    public static readonly IReadOnlyList<string> SkuFields = [SkuCode, Stock, Tiers, LowStockAlert];

    /// <summary>Without these no row can become a product: the import stops before saving anything.</summary>
    public static readonly IReadOnlyList<string> Required = [Category, Title, Unit, SkuCode, Stock, Tiers];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["商品编号"] = Key, ["商品键"] = Key, ["product"] = Key, ["key"] = Key,
        ["类目"] = Category, ["分类"] = Category, ["类目编码"] = Category,
        ["标题"] = Title, ["商品名称"] = Title, ["商品标题"] = Title, ["name"] = Title,
        ["品牌"] = Brand,
        ["单位"] = Unit, ["计量单位"] = Unit,
        ["起订量"] = Moq, ["最小起订量"] = Moq, ["min_order_quantity"] = Moq,
        ["倍数"] = Multiple, ["包装倍数"] = Multiple, ["包装数"] = Multiple, ["order_multiple"] = Multiple,
        ["交期"] = LeadTime, ["交期(天)"] = LeadTime, ["交期（天）"] = LeadTime, ["交货期"] = LeadTime, ["lead_time"] = LeadTime,
        ["描述"] = Description, ["商品描述"] = Description, ["详情"] = Description,
        ["sku"] = SkuCode, ["sku编码"] = SkuCode, ["货号"] = SkuCode, ["code"] = SkuCode,
        ["库存"] = Stock,
        ["阶梯价"] = Tiers, ["阶梯价格"] = Tiers, ["价格"] = Tiers, ["prices"] = Tiers,
        ["低库存提醒"] = LowStockAlert, ["库存预警"] = LowStockAlert, ["预警库存"] = LowStockAlert,
    };

    /// <summary>
    /// The column a header names: a fixed column, <c>attr.{code}</c> or <c>variant.{code}</c>; null when unknown.
    /// Text after the code (<c>attr.material 材质</c>) is a label for people and ignored.
    /// </summary>
    public static string? Canonical(string header)
    {
        var text = header.Trim();
        if (Aliases.TryGetValue(text, out var alias)) return alias;
        var token = text.Split([' ', '\t', '(', '（'], 2)[0].ToLowerInvariant();
        if (ProductFields.Contains(token) || SkuFields.Contains(token)) return token;
        if (Aliases.TryGetValue(token, out alias)) return alias;
        foreach (var (prefix, canonical) in new[] { ("attr.", AttributePrefix), ("属性.", AttributePrefix), ("variant.", VariantPrefix), ("规格.", VariantPrefix) })
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal) && token.Length > prefix.Length) return canonical + token[prefix.Length..];
        }
        return null;
    }
}
