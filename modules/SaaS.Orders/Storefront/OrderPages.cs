using System.Text.Json;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>Builds the buyer's orders list, one order's page and the approvers' queue, times told in the marketplace's zone.</summary>
public sealed class OrderPages(BuyerOrders orders, IMerchantDirectory merchants, MarketplaceCalendar calendar, PaymentLinks payments)
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
        var tabs = Enum.GetValues<OrderState>().Select(s => new OrderTab(OrderLabels.State(s.ToString()), $"/orders?state={s}", s == state)).Prepend(new OrderTab("All", "/orders", state is null && checkout is null));
        var rows = list.Select(o => new BuyerOrderRow(o.Id, calendar.Local(o.PlacedUtc), names.GetValueOrDefault(o.MerchantId, ""), o.Total, o.State, o.PoNumber)).ToList();
        return new BuyerOrderListModel(page.Form, tabs.ToList(), rows, checkout is not null, IsApprover(page.Buyer))
        {
            PayPath = checkout is { } paid && rows.Any(r => r.State == nameof(OrderState.PendingPayment)) ? payments.PayPath(paid) : null,
        };
    }

    /// <param name="uploaded">Photos the refused after-sales post uploaded before it was refused: the form keeps them.</param>
    public async Task<object> DetailModelAsync(BuyerPage page, Guid id, IReadOnlyList<AfterSalesPhotoUploaded>? uploaded = null)
    {
        var read = await orders.GetAsync(page.User, id, page.Aborted);
        // The same instants, told in the marketplace's zone for the page to print.
        var order = read with { PlacedUtc = calendar.Local(read.PlacedUtc), PaymentDueUtc = calendar.Local(read.PaymentDueUtc) };
        var merchant = (await NamesAsync([order.MerchantId], page.Aborted)).GetValueOrDefault(order.MerchantId, "");
        var lines = order.Lines.ToDictionary(l => l.Id);
        var shipments = order.Shipments.Select(s => new ShipmentRow(s.Carrier, s.TrackingNumber, calendar.Local(s.ShippedUtc), s.Items.Select(i =>
        {
            var line = lines[i.LineId!.Value];
            return new ShipmentItemRow(line.SkuCode, line.Title, i.Quantity!.Value, line.Unit);
        }).ToList())).ToList();
        var cancel = page.RefusalOf("cancel");
        var reject = page.RefusalOf("reject");
        return new OrderPageModel(page.Form with { Message = page.RefusalOf(AfterSalesForm) is { } refused ? refused.Except(AfterSalesFields(refused)) : page.Form.Message },
            order, merchant, order.ShipTo.Deserialize<DeliveryAddress>()!, order.InvoiceTitle?.Deserialize<InvoiceTitleCard>(), shipments, Timeline(order.Timeline, merchant))
        {
            CanDecide = IsApprover(page.Buyer) && order.State == nameof(OrderState.PendingApproval),
            PayPath = order.State == nameof(OrderState.PendingPayment) ? payments.PayPath(order.CheckoutId) : null,
            CancelReason = cancel?.Value("reason") ?? "",
            CancelError = cancel?.Error("reason"),
            RejectReason = reject?.Value("reason") ?? "",
            RejectError = reject?.Error("reason"),
            AfterSales = order.AfterSales.Select(r =>
            {
                var shipBack = page.RefusalOf(ShipBackForm(r.Id));
                return new BuyerAfterSalesCard(r, Timeline(r.Timeline, merchant))
                {
                    Carrier = shipBack?.Value("carrier") ?? "", CarrierError = shipBack?.Error("carrier"),
                    TrackingNumber = shipBack?.Value("trackingNumber") ?? "", TrackingNumberError = shipBack?.Error("trackingNumber"),
                };
            }).ToList(),
            AfterSalesForm = AfterSalesFormOf(order, page.RefusalOf(AfterSalesForm), uploaded ?? []),
        };
    }

    /// <summary>The name of the after-sales request form on the order page.</summary>
    public const string AfterSalesForm = "after-sales";

    /// <summary>The name of one request's return-shipment form on the order page.</summary>
    public static string ShipBackForm(Guid requestId) => $"ship-back:{requestId}";

    /// <summary>
    /// The lines the posted after-sales form asks about, in the order's line order (by id): the <c>items</c> list the
    /// request is made of, so <c>items[i]</c> in a refusal names the i-th of them. A quantity typed as anything but a whole
    /// number counts as 0, which the request refuses at its line.
    /// </summary>
    public static IReadOnlyList<(Guid LineId, int Quantity)> PostedItems(IEnumerable<KeyValuePair<string, string>> fields) =>
        fields.Select(f => (Id: AfterSalesLineRow.LineOf(f.Key), Typed: f.Value.Trim()))
            .Where(f => f.Id is not null && f.Typed.Length > 0 && f.Typed != "0")
            .Select(f => (f.Id!.Value, int.TryParse(f.Typed, out var quantity) ? quantity : 0)).OrderBy(f => f.Item1).ToList();

    /// <summary>Photos carried by a refused after-sales form in its hidden <c>photoIds</c> fields (posted values joined by commas).</summary>
    public static IReadOnlyList<Guid> CarriedPhotos(string? posted) =>
        (posted ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Guid.TryParse(p, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();

    private static AfterSalesFormModel? AfterSalesFormOf(OrderView order, Refusal? refused, IReadOnlyList<AfterSalesPhotoUploaded> uploaded)
    {
        var state = Enum.Parse<OrderState>(order.State);
        var kinds = new List<AfterSalesKind>();
        if (BuyerAfterSales.ReturnableStates.Contains(state)) kinds.Add(AfterSalesKind.Return);
        if (BuyerAfterSales.RefundableStates.Contains(state)) kinds.Add(AfterSalesKind.Refund);
        var claimed = order.AfterSales.Where(r => Enum.TryParse<AfterSalesState>(r.State, out var s) && AfterSalesStateMachine.Claiming.Contains(s))
            .SelectMany(r => r.Items).GroupBy(i => i.LineId).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity));
        var claimable = order.Lines.ToDictionary(l => l.Id, l => l.Shipped - claimed.GetValueOrDefault(l.Id));
        if (kinds.Count == 0 || claimable.Values.All(c => c <= 0)) return null;

        var chosen = refused?.Value("kind") ?? kinds[0].ToString().ToLowerInvariant();
        var posted = refused is null ? [] : PostedItems(refused.Values);
        var lineErrors = refused is null ? [] : refused.Errors.Select(e => (Index: Refusal.IndexIn("items", e.Key), e.Value)).Where(e => e.Index < posted.Count)
            .GroupBy(e => posted[e.Index!.Value].LineId).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Value)));
        var carried = CarriedPhotos(refused?.Value("photoIds")).Select(id => new AfterSalesPhotoUploaded(id, BuyerAfterSales.PhotoUrl(order.Id, id)));
        return new AfterSalesFormModel(
            kinds.Select(k => new Choice(k.ToString().ToLowerInvariant(), OrderLabels.AfterSalesKinds[k.ToString()], string.Equals(k.ToString(), chosen, StringComparison.OrdinalIgnoreCase))).ToList(),
            order.Lines.Where(l => claimable[l.Id] > 0).Select(l => new AfterSalesLineRow(l, claimable[l.Id],
                refused?.Value(AfterSalesLineRow.Field(l.Id)) ?? "0", lineErrors.GetValueOrDefault(l.Id))).ToList())
        {
            Reason = refused?.Value("reason") ?? "",
            Photos = carried.Concat(uploaded).ToList(),
            Errors = refused is null ? new Dictionary<string, string>() : new Dictionary<string, string>
            {
                ["kind"] = refused.Error("kind") ?? "", ["reason"] = refused.Error("reason") ?? "", ["items"] = refused.Error("items") ?? "",
                ["photos"] = string.Join(" ", refused.Errors.Where(e => e.Key == "file" || e.Key.StartsWith("photoIds", StringComparison.Ordinal)).Select(e => e.Value)),
            }.Where(e => e.Value.Length > 0).ToDictionary(),
            Refused = refused is not null,
        };
    }

    /// <summary>The fields of the after-sales form a refusal's messages are shown at; the rest go above the page.</summary>
    private static IEnumerable<string> AfterSalesFields(Refusal refused) =>
        refused.Errors.Keys.Where(k => k is "kind" or "reason" or "items" or "file" || k.StartsWith("photoIds", StringComparison.Ordinal) || Refusal.IndexIn("items", k) is not null);

    private IReadOnlyList<TimelineRow> Timeline(IEnumerable<OrderEventView> events, string merchant) =>
        events.Select(e => new TimelineRow(calendar.Local(e.AtUtc), Who(e, merchant), OrderLabels.Action(e.Action), OrderLabels.State(e.State), e.Detail)).ToList();

    public async Task<object> ApprovalsModelAsync(BuyerPage page)
    {
        if (!IsApprover(page.Buyer)) return new ApprovalsModel(page.Form, false, []);
        var waiting = await orders.AwaitingApprovalAsync(page.User, page.Aborted);
        var names = await NamesAsync(waiting.Select(o => o.MerchantId), page.Aborted);
        var rows = waiting.Select(o =>
        {
            var refused = page.RefusalOf(ApprovalForm(o.Id));
            var row = new BuyerOrderRow(o.Id, calendar.Local(o.PlacedUtc), names.GetValueOrDefault(o.MerchantId, ""), o.Total, o.State, o.PoNumber);
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
    /// Who took a step, as the buyer knows them: the merchant by its name (its staff's e-mails are the merchant's
    /// business), a member of the company by e-mail, the marketplace itself (payments, the expiry job, which act
    /// under a word) as nobody.
    /// </summary>
    private static string? Who(OrderEventView step, string merchant) =>
        MerchantSteps.Contains(step.Action) ? merchant : step.Actor.Contains('@') ? step.Actor : null;

    private static readonly HashSet<string> MerchantSteps = ["process", "shippart", "shipall", "after-sales.accept", "after-sales.reject", "after-sales.receive"];

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> merchantIds, CancellationToken cancellationToken) =>
        (await merchants.FindAsync(merchantIds.Distinct().ToList(), cancellationToken)).ToDictionary(m => m.Key, m => m.Value.Name);
}
