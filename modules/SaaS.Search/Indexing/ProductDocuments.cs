using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Products;
using SaaS.Search.Index;

namespace SaaS.Search.Indexing;

/// <summary>Turns a published product into its search document.</summary>
public static class ProductDocuments
{
    public static Document Build(Product product, CategorySnapshot categories)
    {
        var id = product.Id.ToString();
        var path = categories.Path(product.CategoryId);
        var text = new StringBuilder();
        void Text(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            text.Append(value).Append(" \n ");
        }
        Text(product.Title);
        Text(product.Brand);
        foreach (var sku in product.Skus) Text(sku.Code);
        foreach (var category in path) Text(category.Name);

        var document = new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.YES),
            new StoredField(IndexFields.Slug, product.Slug),
            new StoredField(IndexFields.Title, product.Title),
            new StoredField(IndexFields.Brand, product.Brand),
            new TextField(IndexFields.TitleZh, product.Title, Field.Store.NO),
            new TextField(IndexFields.TitleEn, product.Title, Field.Store.NO),
            new StringField(IndexFields.Merchant, product.MerchantId.ToString(), Field.Store.YES),
            new SortedDocValuesField(IndexFields.FacetMerchant, new BytesRef(product.MerchantId.ToString())),
            new StringField(IndexFields.Category, product.CategoryId.ToString(), Field.Store.NO),
            new SortedDocValuesField(IndexFields.FacetCategory, new BytesRef(product.CategoryId.ToString())),
            new StoredField(IndexFields.PriceCents, Cents(product.PriceFrom)),
            new NumericDocValuesField(IndexFields.PriceCents, Cents(product.PriceFrom)),
            new Int64Field(IndexFields.PriceRange, Cents(product.PriceFrom), Field.Store.NO),
            new StringField(IndexFields.InStock, product.Stock > 0 ? "1" : "0", Field.Store.YES),
            new NumericDocValuesField(IndexFields.Published, (product.PublishedUtc ?? product.UpdatedUtc).UtcTicks),
        };
        foreach (var category in path) document.Add(new StringField(IndexFields.CategoryPath, category.Id.ToString(), Field.Store.NO));
        if (product.Brand.Length > 0)
        {
            // The whole brand and each of its words ("晋亿 Jinyi", "晋亿", "jinyi"): a query that is exactly a brand ranks its products first.
            foreach (var name in product.Brand.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(product.Brand).Distinct())
            {
                document.Add(new StringField(IndexFields.BrandExact, name.ToLowerInvariant(), Field.Store.NO));
            }
        }
        foreach (var sku in product.Skus) document.Add(new StringField(IndexFields.SkuExact, sku.Code.ToLowerInvariant(), Field.Store.NO));

        using var attributes = JsonDocument.Parse(string.IsNullOrWhiteSpace(product.Attributes) ? "{}" : product.Attributes);
        foreach (var definition in categories.AttributesFor(product.CategoryId))
        {
            if (!attributes.RootElement.TryGetProperty(definition.Code, out var value)) continue;
            foreach (var item in Values(value))
            {
                if (definition.Searchable) Text(item);
                if (!definition.Filterable) continue;
                var key = definition.Code + IndexFields.AttributeSeparator + item;
                document.Add(new StringField(IndexFields.Attribute, key, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(IndexFields.FacetAttribute, new BytesRef(key)));
            }
        }
        var all = text.ToString();
        document.Add(new TextField(IndexFields.TextEn, all, Field.Store.NO));
        return document;
    }

    /// <summary>Prices are whole cents in the index: exact, sortable and range-filterable without floating point.</summary>
    public static long Cents(decimal amount) => (long)decimal.Round(amount * 100, MidpointRounding.AwayFromZero);

    public static decimal FromCents(long cents) => cents / 100m;

    private static IEnumerable<string> Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Values),
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? [] : [value.GetString()!.Trim()],
        JsonValueKind.Number => [value.GetDecimal().ToString(CultureInfo.InvariantCulture)],
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        _ => [],
    };
}
