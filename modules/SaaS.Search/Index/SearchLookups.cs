using SaaS.Catalog.Categories;

namespace SaaS.Search.Index;

/// <summary>
/// What a query needs besides the index, read from the database every few seconds rather than per query: category
/// names, slugs and which are for verified buyers only, filterable attributes, active merchants' names, and the
/// marketplace's synonyms.
/// </summary>
public sealed record SearchLookups(
    IReadOnlyDictionary<Guid, Category> Categories,
    IReadOnlyDictionary<string, AttributeDefinition> FilterableAttributes,
    IReadOnlyDictionary<Guid, string> Merchants,
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    long LoadedTicks)
{
    /// <summary>Categories flagged for verified buyers only; their subcategories follow, since a product's category path holds every ancestor.</summary>
    public IReadOnlyList<Guid> VerifiedBuyersOnly { get; } = Categories.Values.Where(c => c.VerifiedBuyersOnly).Select(c => c.Id).Order().ToList();

    public Category? CategoryBySlugOrId(string value) =>
        Guid.TryParse(value, out var id) ? Categories.GetValueOrDefault(id) : Categories.Values.FirstOrDefault(c => c.Slug == value);
}
