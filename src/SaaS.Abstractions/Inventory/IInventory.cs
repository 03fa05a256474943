namespace SaaS.Inventory;

/// <summary>
/// SKU stock as the catalog keeps it: on hand, and reserved by open orders. Every call joins the caller's tenant
/// transaction (opening one when there is none), so an order and its stock movement commit or roll back together.
/// See docs/decisions/010-inventory-reservations.md.
/// </summary>
public interface IInventory
{
    /// <summary>
    /// Reserves every line or none: a line that asks for more than on hand minus reserved throws
    /// <see cref="InsufficientStockException"/> naming it by its index in <paramref name="lines"/>.
    /// </summary>
    Task ReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Gives reserved units back (an order cancelled or expired before payment).</summary>
    Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Turns reserved units into sold ones on payment: on hand and reserved both go down.</summary>
    Task CommitAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Puts sold units back on hand (an accepted return received by the merchant).</summary>
    Task RestoreAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);
}
