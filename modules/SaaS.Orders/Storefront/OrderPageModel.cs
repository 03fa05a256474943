using SaaS.Companies;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>
/// One order of the company: its lines, where it goes, how it is invoiced, its parcels and history, and the
/// actions its state allows the member (cancel with a reason, confirm receipt, complete; approvers approve or reject).
/// </summary>
public sealed record OrderPageModel(
    PageForm Form,
    OrderView Order,
    string MerchantName,
    DeliveryAddress ShipTo,
    InvoiceTitleCard? InvoiceTitle,
    IReadOnlyList<ShipmentRow> Shipments,
    IReadOnlyList<TimelineRow> Timeline)
{
    public string StateLabel => OrderLabels.State(Order.State);

    public string PaymentMethodLabel => OrderLabels.PaymentMethods.GetValueOrDefault(Order.PaymentMethod, Order.PaymentMethod);

    public string InvoiceTypeLabel => OrderLabels.InvoiceTypes.GetValueOrDefault(Order.InvoiceType, Order.InvoiceType);

    public string? RequestedDelivery => Order.RequestedDeliveryDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public bool AwaitsPayment => Order.State == nameof(OrderState.PendingPayment);

    public bool CanCancel => Allows(OrderAction.Cancel);

    public bool CanReceive => Allows(OrderAction.Deliver);

    public bool CanComplete => Allows(OrderAction.Complete);

    /// <summary>Where the order (with the rest of its checkout) is paid while it waits for payment and a payments module is on.</summary>
    public string? PayPath { get; init; }

    /// <summary>The member is an approver and the order waits for one (their own order is refused when they try, saying why).</summary>
    public bool CanDecide { get; init; }

    /// <summary>The reason typed into the cancel or reject form when it was refused, and why.</summary>
    public string CancelReason { get; init; } = "";

    public string? CancelError { get; init; }

    public string RejectReason { get; init; } = "";

    public string? RejectError { get; init; }

    public IReadOnlyList<BuyerAfterSalesCard> AfterSales { get; init; } = [];

    /// <summary>Null while the order's state allows no request or every shipped unit is already claimed.</summary>
    public AfterSalesFormModel? AfterSalesForm { get; init; }

    private bool Allows(OrderAction action) => Enum.TryParse<OrderState>(Order.State, out var state) && OrderStateMachine.Allows(state, action);
}
