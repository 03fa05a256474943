using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// Every legal move of an after-sales request, in one table; what is not listed is refused with 409 naming the
/// current state. A return is accepted, sent back and received before its refund; a refund-only request goes
/// straight to the refund when accepted. The merchant may record a return received that the buyer never
/// announced, since parcels arrive whether or not a tracking number was typed in.
/// </summary>
public static class AfterSalesStateMachine
{
    private static readonly Dictionary<(AfterSalesKind, AfterSalesState, AfterSalesAction), AfterSalesState> Moves = new()
    {
        [(AfterSalesKind.Return, AfterSalesState.Requested, AfterSalesAction.Accept)] = AfterSalesState.AwaitingReturn,
        [(AfterSalesKind.Return, AfterSalesState.Requested, AfterSalesAction.Reject)] = AfterSalesState.Rejected,
        [(AfterSalesKind.Return, AfterSalesState.Requested, AfterSalesAction.Cancel)] = AfterSalesState.Cancelled,
        [(AfterSalesKind.Return, AfterSalesState.AwaitingReturn, AfterSalesAction.ShipBack)] = AfterSalesState.ReturnShipped,
        [(AfterSalesKind.Return, AfterSalesState.AwaitingReturn, AfterSalesAction.Receive)] = AfterSalesState.RefundPending,
        [(AfterSalesKind.Return, AfterSalesState.AwaitingReturn, AfterSalesAction.Cancel)] = AfterSalesState.Cancelled,
        [(AfterSalesKind.Return, AfterSalesState.ReturnShipped, AfterSalesAction.Receive)] = AfterSalesState.RefundPending,
        [(AfterSalesKind.Return, AfterSalesState.RefundPending, AfterSalesAction.Refund)] = AfterSalesState.Refunded,
        [(AfterSalesKind.Refund, AfterSalesState.Requested, AfterSalesAction.Accept)] = AfterSalesState.RefundPending,
        [(AfterSalesKind.Refund, AfterSalesState.Requested, AfterSalesAction.Reject)] = AfterSalesState.Rejected,
        [(AfterSalesKind.Refund, AfterSalesState.Requested, AfterSalesAction.Cancel)] = AfterSalesState.Cancelled,
        [(AfterSalesKind.Refund, AfterSalesState.RefundPending, AfterSalesAction.Refund)] = AfterSalesState.Refunded,
    };

    /// <summary>Requests in these states claim their items: no other request may claim the same units again.</summary>
    public static readonly IReadOnlyList<AfterSalesState> Claiming =
        [AfterSalesState.Requested, AfterSalesState.AwaitingReturn, AfterSalesState.ReturnShipped, AfterSalesState.RefundPending, AfterSalesState.Refunded];

    /// <summary>Requests still waiting for someone: settlement holds an order back while it has one.</summary>
    public static readonly IReadOnlyList<AfterSalesState> Open =
        [AfterSalesState.Requested, AfterSalesState.AwaitingReturn, AfterSalesState.ReturnShipped, AfterSalesState.RefundPending];

    public static bool Allows(AfterSalesKind kind, AfterSalesState state, AfterSalesAction action) => Moves.ContainsKey((kind, state, action));

    public static AfterSalesState Next(AfterSalesKind kind, AfterSalesState state, AfterSalesAction action) =>
        Moves.TryGetValue((kind, state, action), out var next)
            ? next
            : throw new ConflictException("state", $"The {kind.ToString().ToLowerInvariant()} request is {state}; it cannot be {Past(action)} now.");

    private static string Past(AfterSalesAction action) => action switch
    {
        AfterSalesAction.ShipBack => "sent back",
        AfterSalesAction.Accept => "accepted",
        AfterSalesAction.Reject => "rejected",
        AfterSalesAction.Receive => "received",
        AfterSalesAction.Refund => "refunded",
        _ => "cancelled",
    };
}
