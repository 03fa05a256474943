namespace SaaS.Catalog.Products;

/// <summary>
/// A product (SPU) of one merchant: what buyers find and compare. Its SKUs carry codes, stock and prices;
/// <see cref="PriceFrom"/> and <see cref="Stock"/> summarise them for listing and sorting.
/// </summary>
public sealed class Product
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public Guid CategoryId { get; set; }

    /// <summary>URL name, unique in the marketplace: <c>/p/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Brand { get; set; } = "";

    /// <summary>Rich description, sanitised on the way in.</summary>
    public string Description { get; set; } = "";

    /// <summary>Unit of measure: piece, box, kg, metre, ton …</summary>
    public required string Unit { get; set; }

    public int MinOrderQuantity { get; set; } = 1;

    /// <summary>Pack size: orders come in multiples of it.</summary>
    public int OrderMultiple { get; set; } = 1;

    public int LeadTimeDays { get; set; }

    /// <summary>Attribute code → value (JSON object); a multiple choice is an array.</summary>
    public string Attributes { get; set; } = "{}";

    public ProductStatus Status { get; set; }

    public string? RejectionReason { get; set; }

    public decimal PriceFrom { get; set; }

    public int Stock { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public DateTimeOffset? PublishedUtc { get; set; }

    public List<Sku> Skus { get; init; } = [];
}
