namespace SaaS.Catalog.Categories;

/// <summary>A node of the marketplace's category tree; products hang on any node.</summary>
public sealed class Category
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? ParentId { get; set; }

    /// <summary>URL name, unique in the marketplace: <c>/c/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>
    /// Its products, and those of every category below it, are for verified buyer companies only (prescription
    /// drugs): anonymous visitors and unverified buyers neither list, find nor open them.
    /// </summary>
    public bool VerifiedBuyersOnly { get; set; }
}
