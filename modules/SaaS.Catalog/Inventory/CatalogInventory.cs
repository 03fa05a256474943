using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Data;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Inventory;

namespace SaaS.Catalog.Inventory;

/// <summary>
/// SKU stock as conditional single-statement updates: the database checks and changes a row in one step, so two
/// buyers racing for the last units cannot both get them on SQLite (one writer at a time) nor on PostgreSQL
/// (the second UPDATE waits for the row lock and re-checks its WHERE). See docs/decisions/010.
/// </summary>
public sealed class CatalogInventory(CatalogDbContext db, ITenantDatabase database, IEventPublisher events) : IInventory
{
    /// <summary>Available units below which the merchant hears that a SKU is running low, unless the SKU sets its own.</summary>
    public const int DefaultLowStockAlert = 10;

    public async Task ReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var shortages = new List<StockShortage>();
        foreach (var (skuId, quantity, line) in BySku(lines))
        {
            var held = await db.Skus.Where(s => s.Id == skuId && s.Stock - s.Reserved >= quantity)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved + quantity), cancellationToken);
            if (held == 1) continue;
            var left = await db.Skus.Where(s => s.Id == skuId).Select(s => (int?)(s.Stock - s.Reserved)).SingleOrDefaultAsync(cancellationToken);
            shortages.Add(new StockShortage(line, skuId, quantity, left ?? 0));
        }
        // Leaving without committing rolls back (or dooms the caller's transaction): all lines or none.
        if (shortages.Count > 0) throw new InsufficientStockException(shortages.OrderBy(s => s.Line).ToList());
        await AnnounceRunningLowAsync(BySku(lines).ToDictionary(l => l.SkuId, l => l.Quantity), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AnnounceRunningLowAsync(Dictionary<Guid, int> reserved, CancellationToken cancellationToken)
    {
        var skuIds = reserved.Keys.ToList();
        var crossed = await db.Skus.AsNoTracking().Where(s => skuIds.Contains(s.Id) && s.Stock - s.Reserved < (s.LowStockAlert ?? DefaultLowStockAlert))
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new
            {
                s.Id, s.Code, s.ProductId, p.Title, p.MerchantId, Available = s.Stock - s.Reserved, Alert = s.LowStockAlert ?? DefaultLowStockAlert,
            })
            .ToListAsync(cancellationToken);
        foreach (var sku in crossed.Where(s => s.Available + reserved[s.Id] >= s.Alert))
        {
            await events.PublishAsync(new StockRunningLow(sku.Id, sku.Code, sku.ProductId, sku.Title, sku.MerchantId, sku.Available, sku.Alert), cancellationToken);
        }
    }

    public Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken) =>
        MoveAsync(lines, reserved: -1, onHand: 0, cancellationToken);

    public Task CommitAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken) =>
        MoveAsync(lines, reserved: -1, onHand: -1, cancellationToken);

    public Task RestoreAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken) =>
        MoveAsync(lines, reserved: 0, onHand: 1, cancellationToken);

    /// <summary>
    /// Moves units between reserved and on hand. Releasing or committing more than is reserved means an order
    /// and the catalog disagree: refused rather than clamped, so stock is never silently lost or invented.
    /// </summary>
    private async Task MoveAsync(IReadOnlyList<StockLine> lines, int reserved, int onHand, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        foreach (var (skuId, quantity, _) in BySku(lines))
        {
            var (r, h) = (reserved * quantity, onHand * quantity);
            var moved = await db.Skus.Where(s => s.Id == skuId && s.Reserved + r >= 0)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved + r).SetProperty(s => s.Stock, s => s.Stock + h), cancellationToken);
            if (moved != 1) throw new InvalidOperationException($"SKU {skuId} does not hold {quantity} reserved units.");
            // The product's stock is the listing's "in stock" summary of its SKUs' units on hand.
            if (h != 0) await db.Products.Where(p => p.Skus.Any(s => s.Id == skuId)).ExecuteUpdateAsync(u => u.SetProperty(p => p.Stock, p => p.Stock + h), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One update per SKU, taken in id order: two checkouts locking the same rows in the same order cannot
    /// deadlock on PostgreSQL. A SKU's shortage is reported on its first line.
    /// </summary>
    private static IEnumerable<(Guid SkuId, int Quantity, int Line)> BySku(IReadOnlyList<StockLine> lines)
    {
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            if (line.Quantity <= 0) throw new ArgumentOutOfRangeException(nameof(lines), $"Line {index} moves {line.Quantity} units.");
        }
        return lines.Select((l, i) => (l, i)).GroupBy(x => x.l.SkuId)
            .Select(g => (g.Key, g.Sum(x => x.l.Quantity), g.Min(x => x.i))).OrderBy(x => x.Key);
    }
}
