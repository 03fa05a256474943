namespace SaaS.Catalog.Products;

/// <summary>One orderable variant of a product: its own code, stock and wholesale price tiers.</summary>
public sealed class Sku
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductId { get; init; }

    /// <summary>The merchant's part number, unique in the marketplace.</summary>
    public required string Code { get; set; }

    /// <summary>Variant attribute code → value (JSON object), e.g. <c>{"size":"M8×30"}</c>.</summary>
    public string Variant { get; set; } = "{}";

    /// <summary>Units on hand, as the merchant counts them; sold units leave it on payment.</summary>
    public int Stock { get; set; }

    /// <summary>
    /// Units held by open orders that are not paid yet: buyers may order <c>Stock - Reserved</c>. Only
    /// <see cref="Inventory.CatalogInventory"/> changes it, with conditional updates (docs/decisions/010).
    /// </summary>
    public int Reserved { get; set; }

    /// <summary>
    /// The merchant hears the SKU is running low when an order takes its available units below this; null: the
    /// marketplace default (<see cref="Inventory.CatalogInventory.DefaultLowStockAlert"/>); 0: never.
    /// </summary>
    public int? LowStockAlert { get; set; }

    public List<PriceTier> Tiers { get; init; } = [];
}
