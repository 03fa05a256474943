using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Events;
using SaaS.Inventory;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// Applies one move of <see cref="AfterSalesStateMachine"/> with what goes with it (stock back on hand when a
/// return is received), the entry on the order's timeline and the event, in one transaction; the request's
/// version makes a move made on a stale copy fail with 409.
/// </summary>
public sealed class AfterSalesSteps(OrdersDbContext db, IInventory inventory, ITenantDatabase database, IEventPublisher events, TimeProvider clock)
{
    public IQueryable<AfterSalesRequest> Requests => db.AfterSalesRequests.Include(r => r.Items).Include(r => r.Photos).AsSplitQuery();

    public IQueryable<Order> Orders => db.Orders.Include(o => o.Lines).Include(o => o.Timeline).AsSplitQuery();

    public async Task<AfterSalesRequest> MoveAsync(AfterSalesRequest request, Order order, AfterSalesAction action, string actor, string? detail,
        CancellationToken cancellationToken, Action<AfterSalesRequest>? alongside = null)
    {
        var from = request.State;
        var next = AfterSalesStateMachine.Next(request.Kind, from, action);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (action == AfterSalesAction.Receive)
        {
            await inventory.RestoreAsync(request.Items.Select(i => new StockLine(i.SkuId, i.Quantity)).ToList(), cancellationToken);
        }
        alongside?.Invoke(request);
        request.State = next;
        request.Version++;
        Record(order, request, action.ToString(), actor, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("state", "The request changed while you worked on it; reload it and try again.");
        }
        await PublishAsync(request, action.ToString(), from, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    /// <summary>Writes the timeline entry of a step: on the order's timeline, marked as the request's.</summary>
    public void Record(Order order, AfterSalesRequest request, string action, string actor, string? detail)
    {
        var entry = new OrderEvent
        {
            OrderId = order.Id, AtUtc = clock.GetUtcNow(), Actor = actor, Action = $"after-sales.{action.ToLowerInvariant()}", State = order.State,
            Detail = detail, AfterSalesId = request.Id,
        };
        db.OrderEvents.Add(entry);
        order.Timeline.Add(entry);
    }

    public Task PublishAsync(AfterSalesRequest request, string action, AfterSalesState? from, CancellationToken cancellationToken) =>
        events.PublishAsync(new AfterSalesChanged(request.Id, request.OrderId, request.CompanyId, request.MerchantId, request.Kind.ToString(),
            action.ToLowerInvariant(), from?.ToString(), request.State.ToString(), request.RefundAmount), cancellationToken);
}
