namespace SaaS.Orders.Carts;

/// <summary>A SKU in a buyer company's cart: the company's members share one cart.</summary>
public sealed class CartLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CompanyId { get; init; }

    public Guid SkuId { get; init; }

    public int Quantity { get; set; }

    /// <summary>Kept in the cart but left out of the next checkout.</summary>
    public bool SavedForLater { get; set; }
}
