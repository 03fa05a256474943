using System.Globalization;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Desk;

/// <summary>
/// An after-sales request on the order's page: what the buyer asks and shows, where it stands, and the answers
/// the member may give now (accept, with the refund amount when nothing comes back; reject with a reason; record
/// the return received with the refund amount), prefilled with the claimed amount.
/// </summary>
public sealed record AfterSalesCard(
    AfterSalesView Request, string KindLabel, string StateLabel, DateTimeOffset Requested, bool CanAccept, bool AcceptNeedsAmount, bool CanReject, bool CanReceive,
    string RefundAmount, string Reason, IReadOnlyDictionary<string, string> Errors)
{
    public static AfterSalesCard For(AfterSalesView request, bool mayHandle, AfterSalesForm? posted, MarketplaceCalendar calendar)
    {
        var kind = Enum.Parse<AfterSalesKind>(request.Kind);
        var state = Enum.Parse<AfterSalesState>(request.State);
        bool Allows(AfterSalesAction action) => mayHandle && AfterSalesStateMachine.Allows(kind, state, action);
        var mine = posted?.RequestId == request.Id ? posted : null;
        return new AfterSalesCard(request, OrderLabels.AfterSalesKinds.GetValueOrDefault(request.Kind, request.Kind),
            OrderLabels.AfterSalesStates.GetValueOrDefault(request.State, request.State), calendar.Local(request.RequestedUtc),
            Allows(AfterSalesAction.Accept), kind == AfterSalesKind.Refund, Allows(AfterSalesAction.Reject), Allows(AfterSalesAction.Receive),
            mine?.RefundAmount ?? request.ClaimedAmount.ToString("0.00", CultureInfo.InvariantCulture), mine?.Reason ?? "",
            mine?.Errors ?? new Dictionary<string, string>());
    }
}
