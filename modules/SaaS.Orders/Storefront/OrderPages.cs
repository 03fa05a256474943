using System.Text.Json;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>Builds the buyer's orders list, one order's page and the approvers' queue.</summary>
public sealed class OrderPages(BuyerOrders orders, IMerchantDirectory merchants)
{
    public const string ListView = "BuyerOrders";
    public const string DetailView = "BuyerOrder";
    public const string ApprovalsView = "BuyerApprovals";

    public async Task<object> ListModelAsync(BuyerPage page)
    {
        var query = page.Http.Request.Query;
        OrderState? state = Enum.TryParse<OrderState>(query["state"], out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Guid? checkout = Guid.TryParse(query["checkout"], out var checkoutId) ? checkoutId : null;
        var list = await orders.ListAsync(page.User, state, checkout, page.Aborted);
        var names = await NamesAsync(list.Select(o => o.MerchantId), page.Aborted);
        var tabs = Enum.GetValues<OrderState>().Select(s => new OrderTab(OrderLabels.State(s), $"/orders?state={s}", s == state)).Prepend(new OrderTab("All", "/orders", state is null && checkout is null));
        var rows = list.Select(o => new OrderRow(o.Id, OrderRow.ReferenceOf(o.Id), o.PlacedUtc, names.GetValueOrDefault(o.MerchantId, ""), o.Total, o.State, o.PoNumber)).ToList();
        return new OrderListModel(page.Form, tabs.ToList(), rows, checkout is not null, IsApprover(page.Buyer));
    }

    public async Task<object> DetailModelAsync(BuyerPage page, Guid id)
    {
        var order = await orders.GetAsync(page.User, id, page.Aborted);
        var merchant = (await NamesAsync([order.MerchantId], page.Aborted)).GetValueOrDefault(order.MerchantId, "");
        var lines = order.Lines.ToDictionary(l => l.Id);
        var shipments = order.Shipments.Select(s => new ShipmentRow(s.Carrier, s.TrackingNumber, s.ShippedUtc, s.Items.Select(i =>
        {
            var line = lines[i.LineId!.Value];
            return new ShipmentItemRow(line.SkuCode, line.Title, i.Quantity!.Value, line.Unit);
        }).ToList())).ToList();
        var timeline = order.Timeline.Select(e => new TimelineRow(e.AtUtc, Who(e.Actor, merchant), OrderLabels.Action(e.Action), OrderLabels.State(e.State), e.Detail)).ToList();
        var cancel = page.RefusalOf("cancel");
        var reject = page.RefusalOf("reject");
        return new OrderPageModel(page.Form, order, merchant, order.ShipTo.Deserialize<DeliveryAddress>()!, order.InvoiceTitle?.Deserialize<InvoiceTitleCard>(), shipments, timeline)
        {
            CanDecide = IsApprover(page.Buyer) && order.State == nameof(OrderState.PendingApproval),
            CancelReason = cancel?.Value("reason") ?? "",
            CancelError = cancel?.Error("reason"),
            RejectReason = reject?.Value("reason") ?? "",
            RejectError = reject?.Error("reason"),
        };
    }

    public async Task<object> ApprovalsModelAsync(BuyerPage page)
    {
        if (!IsApprover(page.Buyer)) return new ApprovalsModel(page.Form, false, []);
        var waiting = await orders.AwaitingApprovalAsync(page.User, page.Aborted);
        var names = await NamesAsync(waiting.Select(o => o.MerchantId), page.Aborted);
        var rows = waiting.Select(o =>
        {
            var refused = page.RefusalOf(ApprovalForm(o.Id));
            var row = new OrderRow(o.Id, OrderRow.ReferenceOf(o.Id), o.PlacedUtc, names.GetValueOrDefault(o.MerchantId, ""), o.Total, o.State, o.PoNumber);
            return new ApprovalRow(row, o.Timeline.FirstOrDefault()?.Actor ?? "", o.Lines, refused?.Value("reason") ?? "", refused?.AllMessages);
        }).ToList();
        // A refusal shown at its order's row is not said again above the page; one about an order gone from the queue is.
        var form = rows.Any(r => r.Error is not null) ? page.Form with { Message = null } : page.Form;
        return new ApprovalsModel(form, true, rows);
    }

    /// <summary>The name of the approve and reject forms of one order on the approvals page.</summary>
    public static string ApprovalForm(Guid orderId) => $"approval:{orderId}";

    private static bool IsApprover(CompanyBuyer buyer) => buyer.Role == CompanyBuyer.ApproverRole;

    /// <summary>
    /// Members act under their e-mail, the merchant's staff under their user id (shown as the merchant), the
    /// marketplace itself (payments, the expiry job) under a word, shown as nobody.
    /// </summary>
    private static string? Who(string actor, string merchant) =>
        actor.Contains('@') ? actor : Guid.TryParse(actor, out _) ? merchant : null;

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> merchantIds, CancellationToken cancellationToken) =>
        (await merchants.FindAsync(merchantIds.Distinct().ToList(), cancellationToken)).ToDictionary(m => m.Key, m => m.Value.Name);
}
