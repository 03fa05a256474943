using SaaS.Orders.Orders;

namespace SaaS.Orders.Desk;

/// <summary>
/// One order on the merchant's desk: the sheet, the forms the member may use now (mark Processing, ship a
/// parcel) with the last refusal at the top (<paramref name="Error"/>) or at its field (<paramref name="Ship"/>),
/// and the buyer's after-sales requests with their answers.
/// </summary>
public sealed record DeskOrderModel(OrderSheet Order, bool CanProcess, bool CanShip, ShipForm Ship, string? Error, IReadOnlyList<AfterSalesCard> AfterSales);
