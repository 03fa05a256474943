using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Events;
using SaaS.Inventory;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>
/// Applies one move of <see cref="OrderStateMachine"/>: the stock it implies, the change that goes with it, the
/// timeline entry and the event, in one transaction. The order's version makes a move made on a stale copy fail
/// with 409 instead of overwriting the move that won (a payment racing the expiry job).
/// </summary>
public sealed class OrderTransitions(OrdersDbContext db, IInventory inventory, ITenantDatabase database, IEventPublisher events, TimeProvider clock)
{
    public IQueryable<Order> Orders => db.Orders.Include(o => o.Lines).Include(o => o.Timeline).Include(o => o.Shipments).ThenInclude(s => s.Items).AsSplitQuery();

    public async Task<Order> MoveAsync(Order order, OrderAction action, string actor, string? detail, CancellationToken cancellationToken, Action<Order>? alongside = null)
    {
        var from = order.State;
        var next = OrderStateMachine.Next(from, action);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var lines = order.Lines.Select(l => new StockLine(l.SkuId, l.Quantity)).ToList();
        switch (OrderStateMachine.StockEffectOf(from, action))
        {
            case StockEffect.Release: await inventory.ReleaseAsync(lines, cancellationToken); break;
            case StockEffect.Commit: await inventory.CommitAsync(lines, cancellationToken); break;
            case StockEffect.Restore: await inventory.RestoreAsync(lines, cancellationToken); break;
        }
        alongside?.Invoke(order);
        order.State = next;
        order.Version++;
        db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, AtUtc = clock.GetUtcNow(), Actor = actor, Action = action.ToString().ToLowerInvariant(), State = next, Detail = detail });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("state", "The order changed while you worked on it; reload it and try again.");
        }
        await events.PublishAsync(new OrderStateChanged(order.Id, order.CompanyId, order.MerchantId, action.ToString(), from.ToString(), next.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return order;
    }
}
