using SaaS.Catalog.Categories;

namespace SaaS.Catalog.Storefront;

/// <summary>A category page: where it sits, what is below it, one page of its products and the filters applied.</summary>
public sealed record CategoryPageModel(
    Category Category, IReadOnlyList<Category> Path, IReadOnlyList<CategoryNode> Children, ListingPage Listing,
    string Sort, bool InStock, decimal? MinPrice, decimal? MaxPrice)
{
    public IReadOnlyList<FacetView> Facets { get; init; } = [];

    /// <summary>The category is for verified buyer companies only and the visitor is not one of theirs: its products are not listed.</summary>
    public bool ForVerifiedBuyers { get; init; }

    public string MetaDescription => $"{Category.Name}: {Listing.Total} products from verified suppliers.";

    /// <summary>Filtered and sorted variants of a category page are the same page to a search engine.</summary>
    public string CanonicalPath => $"/c/{Category.Slug}";

    public string QueryWithoutPage => $"sort={Sort}{(InStock ? "&inStock=true" : "")}{(MinPrice is { } min ? $"&minPrice={min}" : "")}{(MaxPrice is { } max ? $"&maxPrice={max}" : "")}";

    public bool HasPrevious => Listing.Page > 1;

    public bool HasNext => Listing.Page < Listing.Pages;

    public int Previous => Listing.Page - 1;

    public int Next => Listing.Page + 1;
}
