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
}
