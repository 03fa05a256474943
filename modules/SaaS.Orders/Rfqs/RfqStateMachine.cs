using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// Every legal move of an RFQ, in one table: what is not listed is refused with 409 naming the current state. A
/// quote may be replaced while it stands (the merchant re-quotes) and withdrawn by declining; Accepted, Declined
/// and Expired are final.
/// </summary>
public static class RfqStateMachine
{
    private static readonly Dictionary<(RfqState, RfqAction), RfqState> Moves = new()
    {
        [(RfqState.Requested, RfqAction.Quote)] = RfqState.Quoted,
        [(RfqState.Requested, RfqAction.Decline)] = RfqState.Declined,
        [(RfqState.Requested, RfqAction.Expire)] = RfqState.Expired,
        [(RfqState.Quoted, RfqAction.Quote)] = RfqState.Quoted,
        [(RfqState.Quoted, RfqAction.Decline)] = RfqState.Declined,
        [(RfqState.Quoted, RfqAction.Accept)] = RfqState.Accepted,
        [(RfqState.Quoted, RfqAction.Expire)] = RfqState.Expired,
    };

    public static bool Allows(RfqState state, RfqAction action) => Moves.ContainsKey((state, action));

    /// <summary>Where <paramref name="action"/> takes an RFQ in <paramref name="state"/>; 409 when it may not.</summary>
    public static RfqState Next(RfqState state, RfqAction action) =>
        Moves.TryGetValue((state, action), out var next)
            ? next
            : throw new ConflictException("state", $"The RFQ is {state}; it cannot {action.ToString().ToLowerInvariant()} now.");

    /// <summary>The thread entry a move writes.</summary>
    public static string Kind(RfqAction action) => action switch
    {
        RfqAction.Quote => "quoted",
        RfqAction.Decline => "declined",
        RfqAction.Accept => "accepted",
        _ => "expired",
    };
}
