namespace SaaS.Catalog.Images;

/// <summary>A product photo: the renditions on disk are named after its id, one per <see cref="ProductImages.Sizes"/>.</summary>
public sealed class ProductImage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductId { get; init; }

    public int Position { get; set; }

    public int Width { get; init; }

    public int Height { get; init; }
}
