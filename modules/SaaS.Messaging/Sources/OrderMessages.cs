using Microsoft.EntityFrameworkCore;
using SaaS.Events;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;

namespace SaaS.Messaging.Sources;

/// <summary>Orders' events as messages: placed, awaiting approval, approved, paid, partly or fully shipped, delivered, cancelled; refunds requested and made.</summary>
public sealed class OrderMessages(MessagingDbContext db, Notifier notifier, Parts parts, SaaS.Tenants.ITenant tenant)
    : IEventHandler<OrderPlaced>, IEventHandler<OrderStateChanged>, IEventHandler<AfterSalesChanged>
{
    public async Task HandleAsync(OrderPlaced placed, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Manifest.MessagingFeature)) return;
        var order = new KnownOrder
        {
            OrderId = placed.OrderId, CompanyId = placed.CompanyId, MerchantId = placed.MerchantId, BuyerUserId = placed.BuyerUserId,
            Total = placed.Total, PaymentMethod = placed.PaymentMethod,
        };
        if (!await db.Orders.AnyAsync(o => o.OrderId == placed.OrderId, cancellationToken))
        {
            db.Orders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
        }
        var awaitingApproval = placed.State == nameof(OrderState.PendingApproval);
        // Until the buyer's company approves it, the order is the company's own business: its merchant hears of it on approval.
        var parties = awaitingApproval ? Buyers(order) : Everyone(order);
        await NotifyAsync("order.placed", order, placed.State, "placed", null, parties, cancellationToken);
        if (awaitingApproval) await NotifyAsync("order.awaiting-approval", order, placed.State, "placed", null, parties, cancellationToken);
    }

    public async Task HandleAsync(OrderStateChanged changed, CancellationToken cancellationToken)
    {
        var order = await OrderAsync(changed.OrderId, changed.CompanyId, changed.MerchantId, cancellationToken);
        var fromApproval = changed.From == nameof(OrderState.PendingApproval);
        if (fromApproval && changed.To == nameof(OrderState.PendingPayment))
        {
            await NotifyAsync("order.approved", order, changed.To, changed.To, null, Buyers(order), cancellationToken);
            // The same occurrence as at placement, so whoever heard of the order then (an operator) does not hear twice.
            await NotifyAsync("order.placed", order, changed.To, "placed", null, new Parties(MerchantId: order.MerchantId), cancellationToken);
            return;
        }
        var eventName = changed.To switch
        {
            nameof(OrderState.Paid) => "order.paid",
            nameof(OrderState.PartiallyShipped) => "order.partially-shipped",
            nameof(OrderState.Shipped) => "order.shipped",
            nameof(OrderState.Delivered) => "order.delivered",
            nameof(OrderState.Cancelled) => "order.cancelled",
            _ => null,
        };
        if (eventName is null) return;
        // An order rejected or withdrawn before approval was never the merchant's.
        await NotifyAsync(eventName, order, changed.To, changed.To, null, fromApproval ? Buyers(order) : Everyone(order), cancellationToken);
    }

    public async Task HandleAsync(AfterSalesChanged changed, CancellationToken cancellationToken)
    {
        var eventName = changed.Action == "request" ? "refund.requested" : changed.To == nameof(AfterSalesState.Refunded) ? "refund.refunded" : null;
        if (eventName is null) return;
        var refund = new Dictionary<string, object?> { ["amount"] = changed.RefundAmount, ["kind"] = changed.Kind };
        var order = await OrderAsync(changed.OrderId, changed.CompanyId, changed.MerchantId, cancellationToken);
        await NotifyAsync(eventName, order, null, $"{changed.RequestId}:{changed.To}", refund, Everyone(order), cancellationToken,
            merchantPath: $"/merchant/after-sales/{changed.RequestId}");
    }

    /// <summary>The order as messaging noted it when placed; one placed before messaging was on is known by its parties only.</summary>
    private async Task<KnownOrder> OrderAsync(Guid orderId, Guid companyId, Guid merchantId, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken)
            ?? new KnownOrder { OrderId = orderId, CompanyId = companyId, MerchantId = merchantId, BuyerUserId = "", Total = 0, PaymentMethod = "" };

    private static Parties Everyone(KnownOrder order) => Buyers(order) with { MerchantId = order.MerchantId };

    private static Parties Buyers(KnownOrder order) =>
        new(BuyerUserId: order.BuyerUserId.Length > 0 ? order.BuyerUserId : null, CompanyId: order.CompanyId);

    private async Task NotifyAsync(string eventName, KnownOrder order, string? state, string occurrence, Dictionary<string, object?>? refund,
        Parties parties, CancellationToken cancellationToken, string? merchantPath = null)
    {
        var payload = new Dictionary<string, object?>
        {
            ["order"] = new Dictionary<string, object?>
            {
                ["id"] = order.OrderId.ToString(), ["number"] = Parts.OrderNumber(order.OrderId), ["total"] = order.Total, ["state"] = state,
                ["payment_method"] = order.PaymentMethod,
            },
            ["merchant"] = await parts.MerchantAsync(order.MerchantId, cancellationToken),
            ["company"] = await parts.CompanyAsync(order.CompanyId, cancellationToken),
        };
        if (refund is not null) payload["refund"] = refund;
        var links = new Dictionary<string, string>
        {
            [Audiences.Buyer] = $"/orders/{order.OrderId}",
            [Audiences.CompanyApprovers] = eventName == "order.awaiting-approval" ? "/orders/approvals" : $"/orders/{order.OrderId}",
            [Audiences.MerchantTeam] = merchantPath ?? $"/merchant/orders/{order.OrderId}",
            [Audiences.Operators] = $"/admin/orders/{order.OrderId}",
        };
        await notifier.NotifyAsync(new Occurrence(eventName, $"{order.OrderId}:{occurrence}", payload, parties, links), cancellationToken);
    }
}
