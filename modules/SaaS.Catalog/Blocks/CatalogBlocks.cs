using SaaS.Blocks;

namespace SaaS.Catalog.Blocks;

/// <summary>Blocks that show the catalog: a grid of products and a category menu.</summary>
public static class CatalogBlocks
{
    public static readonly BlockType ProductGrid = new("product-grid", "Product grid", "Products picked by hand, from a category, or the newest; on a shop page only the shop's own.", BlockPlacement.Anywhere,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100 },
        new("source", "Products", BlockFieldKind.Choice) { Options = ["newest", "category", "picked"], Default = "newest" },
        new("category", "Category (its address name, e.g. bolts)", BlockFieldKind.Text) { MaxLength = 100 },
        new("products", "Picked products: SKU codes or product addresses, one per line", BlockFieldKind.MultilineText) { MaxLength = 2000 },
        new("count", "How many", BlockFieldKind.Number) { Min = 2, Max = 24, Default = "8" },
    ], Manifest.CatalogFeature);

    public static readonly BlockType CategoryNav = new("category-nav", "Category navigation", "Tiles linking to categories and their subcategories.", BlockPlacement.Anywhere,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100 },
        new("root", "Start from category (address name; empty for the top level)", BlockFieldKind.Text) { MaxLength = 100 },
    ], Manifest.CatalogFeature);
}
