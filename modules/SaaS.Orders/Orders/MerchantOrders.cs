using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>The merchant's order desk: its own orders only (another merchant's are not found), processed and shipped in parts.</summary>
public sealed class MerchantOrders(OrdersDbContext db, OrderTransitions transitions, OrderSearch search, MerchantAfterSales afterSales, TimeProvider clock)
{
    /// <summary>A page of the merchant's orders; the query's merchant is always the actor's own.</summary>
    public Task<OrderPage> ListAsync(MerchantActor actor, OrderQuery query, CancellationToken cancellationToken) =>
        search.PageAsync(db.Orders.Where(o => o.MerchantId == actor.MerchantId), query with { MerchantId = null }, nameMerchants: false, cancellationToken);

    public async Task<OrderView> GetAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        var order = await FindAsync(actor, id, cancellationToken);
        return OrderView.From(order) with { AfterSales = await afterSales.ForOrderAsync(order, cancellationToken) };
    }

    public async Task<OrderView> ProcessAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        OrderView.From(await transitions.MoveAsync(await FindAsync(actor, id, cancellationToken), OrderAction.Process, actor.Email, null, cancellationToken));

    /// <summary>Records a parcel; the order is Shipped once every unit has left, PartiallyShipped before.</summary>
    public async Task<OrderView> ShipAsync(MerchantActor actor, Guid id, ShipmentRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var carrier = request.Carrier?.Trim();
        var tracking = request.TrackingNumber?.Trim();
        if (string.IsNullOrEmpty(carrier) || carrier.Length > 100) errors["carrier"] = ["Name the carrier, in 1 to 100 characters."];
        if (string.IsNullOrEmpty(tracking) || tracking.Length > 100) errors["trackingNumber"] = ["Give the tracking number, in 1 to 100 characters."];
        if (request.Items is not { Count: > 0 }) errors["items"] = ["Say which units of which lines the parcel carries."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var order = await FindAsync(actor, id, cancellationToken);
        OrderStateMachine.Next(order.State, OrderAction.ShipPart);
        var items = request.Items!;
        var lines = order.Lines.ToDictionary(l => l.Id);
        var shipping = new Dictionary<Guid, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].LineId is not { } lineId || !lines.TryGetValue(lineId, out var line))
            {
                errors[$"items[{i}].lineId"] = ["The order has no such line."];
                continue;
            }
            var left = line.Quantity - line.Shipped - shipping.GetValueOrDefault(lineId);
            if (items[i].Quantity is not ({ } quantity and > 0) || quantity > left)
            {
                errors[$"items[{i}].quantity"] = [$"{line.SkuCode} has {left} {line.Unit} left to ship."];
                continue;
            }
            shipping[lineId] = shipping.GetValueOrDefault(lineId) + quantity;
        }
        if (errors.Count > 0) throw new UnprocessableException("The shipment does not fit the order.", errors);

        var complete = order.Lines.All(l => l.Shipped + shipping.GetValueOrDefault(l.Id) == l.Quantity);
        var shipment = new Shipment { OrderId = order.Id, Carrier = carrier!, TrackingNumber = tracking!, ShippedUtc = clock.GetUtcNow() };
        shipment.Items.AddRange(shipping.Select(s => new ShipmentItem { ShipmentId = shipment.Id, OrderLineId = s.Key, Quantity = s.Value }));
        return OrderView.From(await transitions.MoveAsync(order, complete ? OrderAction.ShipAll : OrderAction.ShipPart, actor.Email, $"{carrier} {tracking}", cancellationToken, o =>
        {
            foreach (var (lineId, quantity) in shipping) lines[lineId].Shipped += quantity;
            db.Shipments.Add(shipment);
        }));
    }

    private async Task<Order> FindAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        await transitions.Orders.SingleOrDefaultAsync(o => o.Id == id && o.MerchantId == actor.MerchantId, cancellationToken)
        ?? throw new NotFoundException("id", "Your merchant has no such order.");
}
