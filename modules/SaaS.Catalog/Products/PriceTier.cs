namespace SaaS.Catalog.Products;

/// <summary>From <see cref="MinQuantity"/> units on, each costs <see cref="UnitPrice"/>.</summary>
public sealed class PriceTier
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SkuId { get; init; }

    public int MinQuantity { get; init; }

    public decimal UnitPrice { get; set; }
}
