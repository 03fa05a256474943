using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>
/// Every legal move of an order, in one table: what is not listed is refused with 409 naming the current state.
/// Stock follows the state: reserved until payment (released by Reject, Cancel, Expire), sold from payment on
/// (put back by a cancellation before shipment).
/// </summary>
public static class OrderStateMachine
{
    private static readonly Dictionary<(OrderState, OrderAction), OrderState> Moves = new()
    {
        [(OrderState.PendingApproval, OrderAction.Approve)] = OrderState.PendingPayment,
        [(OrderState.PendingApproval, OrderAction.Reject)] = OrderState.Cancelled,
        [(OrderState.PendingApproval, OrderAction.Cancel)] = OrderState.Cancelled,
        [(OrderState.PendingApproval, OrderAction.Expire)] = OrderState.Cancelled,
        [(OrderState.PendingPayment, OrderAction.Pay)] = OrderState.Paid,
        [(OrderState.PendingPayment, OrderAction.Cancel)] = OrderState.Cancelled,
        [(OrderState.PendingPayment, OrderAction.Expire)] = OrderState.Cancelled,
        [(OrderState.Paid, OrderAction.Process)] = OrderState.Processing,
        [(OrderState.Paid, OrderAction.Cancel)] = OrderState.Cancelled,
        [(OrderState.Paid, OrderAction.ShipPart)] = OrderState.PartiallyShipped,
        [(OrderState.Paid, OrderAction.ShipAll)] = OrderState.Shipped,
        [(OrderState.Processing, OrderAction.Cancel)] = OrderState.Cancelled,
        [(OrderState.Processing, OrderAction.ShipPart)] = OrderState.PartiallyShipped,
        [(OrderState.Processing, OrderAction.ShipAll)] = OrderState.Shipped,
        [(OrderState.PartiallyShipped, OrderAction.ShipPart)] = OrderState.PartiallyShipped,
        [(OrderState.PartiallyShipped, OrderAction.ShipAll)] = OrderState.Shipped,
        [(OrderState.Shipped, OrderAction.Deliver)] = OrderState.Delivered,
        [(OrderState.Delivered, OrderAction.Complete)] = OrderState.Completed,
    };

    public static bool Allows(OrderState state, OrderAction action) => Moves.ContainsKey((state, action));

    /// <summary>Where <paramref name="action"/> takes an order in <paramref name="state"/>; 409 when it may not.</summary>
    public static OrderState Next(OrderState state, OrderAction action) =>
        Moves.TryGetValue((state, action), out var next)
            ? next
            : throw new ConflictException("state", $"The order is {state}; it cannot {Verb(action)} now.");

    /// <summary>
    /// Unpaid orders hold reserved units, which leaving without payment releases; payment turns them into sold
    /// units, which a cancellation after payment puts back on hand.
    /// </summary>
    public static StockEffect StockEffectOf(OrderState from, OrderAction action) => (from, action) switch
    {
        (_, OrderAction.Pay) => StockEffect.Commit,
        (OrderState.PendingApproval or OrderState.PendingPayment, OrderAction.Cancel or OrderAction.Reject or OrderAction.Expire) => StockEffect.Release,
        (OrderState.Paid or OrderState.Processing, OrderAction.Cancel) => StockEffect.Restore,
        _ => StockEffect.None,
    };

    private static string Verb(OrderAction action) => action switch
    {
        OrderAction.ShipPart or OrderAction.ShipAll => "ship",
        _ => action.ToString().ToLowerInvariant(),
    };
}
