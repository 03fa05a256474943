namespace SaaS.Orders.Rfqs;

/// <summary>A SKU the buyer asks a price for: code, title and unit copied when asked, and the merchant's price once quoted.</summary>
public sealed class RfqItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RfqId { get; init; }

    /// <summary>Where the buyer listed it: ids minted in the same millisecond do not keep that order, and problems name items by it.</summary>
    public int Position { get; init; }

    public Guid SkuId { get; init; }

    public required string SkuCode { get; init; }

    public required string Title { get; init; }

    public required string Unit { get; init; }

    public int Quantity { get; init; }

    /// <summary>The unit price the buyer hopes for, if they said.</summary>
    public decimal? TargetPrice { get; init; }

    /// <summary>The merchant's quoted unit price; null until quoted.</summary>
    public decimal? UnitPrice { get; set; }
}
