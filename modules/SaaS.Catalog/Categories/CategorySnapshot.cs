namespace SaaS.Catalog.Categories;

/// <summary>
/// The whole category tree and its attributes, read once: what validating many products in a row (an import,
/// a recipe) needs without asking the database per product.
/// </summary>
public sealed class CategorySnapshot(IReadOnlyList<Category> categories, IReadOnlyList<AttributeDefinition> attributes)
{
    private readonly Dictionary<Guid, Category> byId = categories.ToDictionary(c => c.Id);
    private readonly Dictionary<Guid, IReadOnlyList<AttributeDefinition>> effective = [];

    public IReadOnlyList<Category> All => categories;

    public bool Exists(Guid id) => byId.ContainsKey(id);

    public Category? BySlug(string slug) => categories.FirstOrDefault(c => c.Slug == slug);

    /// <summary>The category and its ancestors, root first.</summary>
    public IReadOnlyList<Category> Path(Guid id)
    {
        var path = new List<Category>();
        for (Guid? current = id; current is { } key && byId.TryGetValue(key, out var category); current = category.ParentId) path.Insert(0, category);
        return path;
    }

    /// <summary>Whether the category or one of its ancestors is for verified buyer companies only.</summary>
    public bool VerifiedBuyersOnly(Guid categoryId) => Path(categoryId).Any(c => c.VerifiedBuyersOnly);

    /// <summary>The attributes a product of this category describes: the ancestors' first, then its own.</summary>
    public IReadOnlyList<AttributeDefinition> AttributesFor(Guid categoryId)
    {
        if (effective.TryGetValue(categoryId, out var known)) return known;
        var path = Path(categoryId).Select(c => c.Id).ToList();
        return effective[categoryId] = attributes.Where(a => path.Contains(a.CategoryId)).OrderBy(a => path.IndexOf(a.CategoryId)).ThenBy(a => a.Name).ToList();
    }
}
