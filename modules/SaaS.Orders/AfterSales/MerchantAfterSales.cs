using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// The merchant's side of after-sales: its own requests only (another merchant's are not found); accepts or
/// rejects them with a reason, records returns received (their units go back on hand) and settles the refund
/// amount, which may be less than what was claimed.
/// </summary>
public sealed class MerchantAfterSales(OrdersDbContext db, AfterSalesSteps steps, AfterSalesPhotos photos)
{
    public static string PhotoUrl(AfterSalesPhoto photo) => $"/api/merchant/orders/{photo.OrderId}/after-sales/photos/{photo.Id}";

    public async Task<IReadOnlyList<AfterSalesSummary>> ListAsync(MerchantActor actor, AfterSalesState? state, CancellationToken cancellationToken) =>
        (await db.AfterSalesRequests.AsNoTracking().Where(r => r.MerchantId == actor.MerchantId && (state == null || r.State == state))
            .OrderByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken))
        .Select(AfterSalesSummary.From).ToList();

    /// <summary>How many of the merchant's requests are in each state.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(MerchantActor actor, CancellationToken cancellationToken) =>
        (await db.AfterSalesRequests.AsNoTracking().Where(r => r.MerchantId == actor.MerchantId).GroupBy(r => r.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        .ToDictionary(c => c.State.ToString(), c => c.Count);

    public async Task<AfterSalesView> GetAsync(MerchantActor actor, Guid requestId, CancellationToken cancellationToken)
    {
        var (request, order) = await FindAsync(actor, requestId, cancellationToken);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    public async Task<IReadOnlyList<AfterSalesView>> ForOrderAsync(Order order, CancellationToken cancellationToken) =>
        (await steps.Requests.AsNoTracking().Where(r => r.OrderId == order.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken))
        .Select(r => AfterSalesView.From(r, order, PhotoUrl)).ToList();

    public async Task<IResult> PhotoAsync(MerchantActor actor, Guid orderId, Guid photoId, CancellationToken cancellationToken)
    {
        if (!await db.Orders.AnyAsync(o => o.Id == orderId && o.MerchantId == actor.MerchantId, cancellationToken)) throw new NotFoundException("id", "Your merchant has no such order.");
        return await photos.ReadAsync(orderId, photoId, cancellationToken);
    }

    /// <summary>A return waits for the goods; a refund-only request needs the amount now.</summary>
    public async Task<AfterSalesView> AcceptAsync(MerchantActor actor, Guid requestId, AcceptAfterSalesRequest body, CancellationToken cancellationToken)
    {
        var (request, order) = await FindAsync(actor, requestId, cancellationToken);
        AfterSalesStateMachine.Next(request.Kind, request.State, AfterSalesAction.Accept);
        var amount = request.Kind == AfterSalesKind.Refund ? RefundAmount(request, body.RefundAmount) : (decimal?)null;
        await steps.MoveAsync(request, order, AfterSalesAction.Accept, actor.Email, amount is { } a ? $"Refund {a:0.00}" : null, cancellationToken,
            r => r.RefundAmount = amount);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    public async Task<AfterSalesView> RejectAsync(MerchantActor actor, Guid requestId, RejectAfterSalesRequest body, CancellationToken cancellationToken)
    {
        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000) throw new ValidationFailedException("reason", "Tell the buyer why, in 1 to 1000 characters.");
        var (request, order) = await FindAsync(actor, requestId, cancellationToken);
        await steps.MoveAsync(request, order, AfterSalesAction.Reject, actor.Email, reason, cancellationToken, r => r.RejectionReason = reason);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    /// <summary>The returned goods arrived: their units go back on hand, and the refund amount is handed to payments.</summary>
    public async Task<AfterSalesView> ReceiveAsync(MerchantActor actor, Guid requestId, ReceiveReturnRequest body, CancellationToken cancellationToken)
    {
        var (request, order) = await FindAsync(actor, requestId, cancellationToken);
        AfterSalesStateMachine.Next(request.Kind, request.State, AfterSalesAction.Receive);
        var amount = RefundAmount(request, body.RefundAmount);
        await steps.MoveAsync(request, order, AfterSalesAction.Receive, actor.Email, $"Refund {amount:0.00}", cancellationToken, r => r.RefundAmount = amount);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    private static decimal RefundAmount(AfterSalesRequest request, decimal? amount)
    {
        if (amount is not { } value || value <= 0 || value > request.ClaimedAmount || decimal.Round(value, 2) != value)
        {
            throw new ValidationFailedException("refundAmount", $"The refund is above 0 and at most {request.ClaimedAmount:0.00}, what the claimed units cost, in cents.");
        }
        return value;
    }

    private async Task<(AfterSalesRequest Request, Order Order)> FindAsync(MerchantActor actor, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await steps.Requests.SingleOrDefaultAsync(r => r.Id == requestId && r.MerchantId == actor.MerchantId, cancellationToken)
            ?? throw new NotFoundException("id", "Your merchant has no such after-sales request.");
        return (request, await steps.Orders.SingleAsync(o => o.Id == request.OrderId, cancellationToken));
    }
}
