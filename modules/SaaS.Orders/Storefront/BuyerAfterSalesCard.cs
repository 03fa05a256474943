using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>
/// An after-sales request as the order page shows it: its kind and state in words, its own steps, and what the
/// buyer may do next (send the goods back, withdraw), with the return-shipment form as typed when it was refused.
/// </summary>
public sealed record BuyerAfterSalesCard(AfterSalesView Request, IReadOnlyList<TimelineRow> Steps)
{
    public string KindLabel => OrderLabels.AfterSalesKinds.GetValueOrDefault(Request.Kind, Request.Kind);

    public string StateLabel => BuyerAfterSalesStates.Label(Request.State);

    public bool CanShipBack => Allows(AfterSalesAction.ShipBack);

    public bool CanWithdraw => Allows(AfterSalesAction.Cancel);

    public string Carrier { get; init; } = "";

    public string? CarrierError { get; init; }

    public string TrackingNumber { get; init; } = "";

    public string? TrackingNumberError { get; init; }

    private bool Allows(AfterSalesAction action) =>
        Enum.TryParse<AfterSalesKind>(Request.Kind, out var kind) && Enum.TryParse<AfterSalesState>(Request.State, out var state)
        && AfterSalesStateMachine.Allows(kind, state, action);
}
