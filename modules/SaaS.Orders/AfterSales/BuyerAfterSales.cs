using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// Return and refund requests as the buyer company files them: on its own orders only, for units that were
/// shipped and not already claimed by another request, within the after-sales window after delivery.
/// </summary>
public sealed class BuyerAfterSales(OrdersDbContext db, ICompanyDirectory companies, AfterSalesSteps steps, AfterSalesPhotos photos, OrderTimeouts timeouts, TimeProvider clock)
{
    public static readonly IReadOnlyList<OrderState> ReturnableStates = [OrderState.Delivered, OrderState.Completed];
    public static readonly IReadOnlyList<OrderState> RefundableStates = [OrderState.PartiallyShipped, OrderState.Shipped, OrderState.Delivered, OrderState.Completed];

    public static string PhotoUrl(AfterSalesPhoto photo) => PhotoUrl(photo.OrderId, photo.Id);

    public static string PhotoUrl(Guid orderId, Guid photoId) => $"/api/orders/{orderId}/after-sales/photos/{photoId}";

    public async Task<AfterSalesPhotoUploaded> UploadPhotoAsync(ClaimsPrincipal user, Guid orderId, IFormFile? file, CancellationToken cancellationToken)
    {
        var (_, order) = await FindOrderAsync(user, orderId, cancellationToken);
        var photo = await photos.SaveAsync(order.Id, file, cancellationToken);
        return new AfterSalesPhotoUploaded(photo.Id, PhotoUrl(photo));
    }

    public async Task<IResult> PhotoAsync(ClaimsPrincipal user, Guid orderId, Guid photoId, CancellationToken cancellationToken)
    {
        var (_, order) = await FindOrderAsync(user, orderId, cancellationToken);
        return await photos.ReadAsync(order.Id, photoId, cancellationToken);
    }

    public async Task<IReadOnlyList<AfterSalesView>> ForOrderAsync(Order order, CancellationToken cancellationToken) =>
        (await steps.Requests.AsNoTracking().Where(r => r.OrderId == order.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken))
        .Select(r => AfterSalesView.From(r, order, PhotoUrl)).ToList();

    public async Task<AfterSalesView> RequestAsync(ClaimsPrincipal user, Guid orderId, AfterSalesRequestBody body, CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<AfterSalesKind>(body.Kind, ignoreCase: true, out var parsed) && !int.TryParse(body.Kind, out _) ? parsed : (AfterSalesKind?)null;
        var reason = body.Reason?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (kind is null) errors["kind"] = ["The kind is return (goods go back) or refund (goods stay)."];
        if (string.IsNullOrEmpty(reason) || reason.Length > 1000) errors["reason"] = ["Say what is wrong, in 1 to 1000 characters."];
        if (body.Items is not { Count: > 0 }) errors["items"] = ["Say which units of which lines the request is about."];
        if (body.PhotoIds?.Count > AfterSalesPhotos.MaxPerRequest) errors["photoIds"] = [$"Attach at most {AfterSalesPhotos.MaxPerRequest} photos."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var (buyer, order) = await FindOrderAsync(user, orderId, cancellationToken);
        var allowed = kind == AfterSalesKind.Return ? ReturnableStates : RefundableStates;
        if (!allowed.Contains(order.State))
        {
            throw new ConflictException("state", kind == AfterSalesKind.Return
                ? $"The order is {order.State}; goods can be returned once they have been delivered."
                : $"The order is {order.State}; a refund without return is for goods that were shipped. Cancel the order instead.");
        }
        var deliveredUtc = order.Timeline.Where(e => e.Action == "deliver").Select(e => (DateTimeOffset?)e.AtUtc).Max();
        if (deliveredUtc is { } delivered && clock.GetUtcNow() > delivered + timeouts.AfterSalesWindow)
        {
            throw new ConflictException("state", $"After-sales requests are taken for {timeouts.AfterSalesWindow.TotalDays:0} days after delivery; this order was delivered on {delivered:yyyy-MM-dd}.");
        }

        var items = ClaimedItems(order, body.Items!, await ClaimedAsync(order.Id, cancellationToken));
        var attached = await AttachablePhotosAsync(order.Id, body.PhotoIds ?? [], cancellationToken);
        var request = new AfterSalesRequest
        {
            OrderId = order.Id, CompanyId = order.CompanyId, MerchantId = order.MerchantId, Kind = kind!.Value, State = AfterSalesState.Requested,
            Reason = reason!, RequestedBy = buyer.Email, RequestedUtc = clock.GetUtcNow(),
            ClaimedAmount = items.Sum(i => decimal.Round(i.UnitPrice * i.Quantity, 2, MidpointRounding.AwayFromZero)),
        };
        request.Items.AddRange(items.Select(i => new AfterSalesItem { RequestId = request.Id, OrderLineId = i.OrderLineId, SkuId = i.SkuId, Quantity = i.Quantity, UnitPrice = i.UnitPrice }));
        foreach (var photo in attached) photo.RequestId = request.Id;
        request.Photos.AddRange(attached);

        db.AfterSalesRequests.Add(request);
        steps.Record(order, request, "request", buyer.Email, $"{request.Kind}: {reason}");
        // Claims are judged against the order as read: bumping its version makes a second request racing this one
        // for the same units fail instead of both being filed.
        order.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("items", "Another request on this order was filed meanwhile; reload the order and try again.");
        }
        await steps.PublishAsync(request, "request", null, cancellationToken);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    public async Task<AfterSalesView> ShipBackAsync(ClaimsPrincipal user, Guid requestId, ReturnShipmentRequest body, CancellationToken cancellationToken)
    {
        var carrier = body.Carrier?.Trim();
        var tracking = body.TrackingNumber?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(carrier) || carrier.Length > 100) errors["carrier"] = ["Name the carrier, in 1 to 100 characters."];
        if (string.IsNullOrEmpty(tracking) || tracking.Length > 100) errors["trackingNumber"] = ["Give the tracking number, in 1 to 100 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var (buyer, request, order) = await FindAsync(user, requestId, cancellationToken);
        await steps.MoveAsync(request, order, AfterSalesAction.ShipBack, buyer.Email, $"{carrier} {tracking}", cancellationToken, r =>
        {
            r.ReturnCarrier = carrier;
            r.ReturnTrackingNumber = tracking;
        });
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    public async Task<AfterSalesView> CancelAsync(ClaimsPrincipal user, Guid requestId, CancellationToken cancellationToken)
    {
        var (buyer, request, order) = await FindAsync(user, requestId, cancellationToken);
        await steps.MoveAsync(request, order, AfterSalesAction.Cancel, buyer.Email, null, cancellationToken);
        return AfterSalesView.From(request, order, PhotoUrl);
    }

    /// <summary>Each line's units already claimed by requests that were not rejected or cancelled.</summary>
    private async Task<Dictionary<Guid, int>> ClaimedAsync(Guid orderId, CancellationToken cancellationToken) =>
        (await db.AfterSalesItems.AsNoTracking()
            .Where(i => db.AfterSalesRequests.Any(r => r.Id == i.RequestId && r.OrderId == orderId && AfterSalesStateMachine.Claiming.Contains(r.State)))
            .Select(i => new { i.OrderLineId, i.Quantity }).ToListAsync(cancellationToken))
        .GroupBy(i => i.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity));

    private static List<(Guid OrderLineId, Guid SkuId, int Quantity, decimal UnitPrice)> ClaimedItems(Order order, IReadOnlyList<AfterSalesItemRequest> requested, Dictionary<Guid, int> claimed)
    {
        var lines = order.Lines.ToDictionary(l => l.Id);
        var errors = new Dictionary<string, string[]>();
        var items = new Dictionary<Guid, int>();
        for (var i = 0; i < requested.Count; i++)
        {
            if (requested[i].LineId is not { } lineId || !lines.TryGetValue(lineId, out var line))
            {
                errors[$"items[{i}].lineId"] = ["The order has no such line."];
                continue;
            }
            var open = line.Shipped - claimed.GetValueOrDefault(lineId) - items.GetValueOrDefault(lineId);
            if (requested[i].Quantity is not ({ } quantity and > 0) || quantity > open)
            {
                errors[$"items[{i}].quantity"] = [$"{line.SkuCode}: {Math.Max(0, open)} {line.Unit} shipped and not yet claimed by another request."];
                continue;
            }
            items[lineId] = items.GetValueOrDefault(lineId) + quantity;
        }
        if (errors.Count > 0) throw new UnprocessableException("The request does not fit the order.", errors);
        return items.OrderBy(i => i.Key).Select(i => (i.Key, lines[i.Key].SkuId, i.Value, lines[i.Key].UnitPrice)).ToList();
    }

    private async Task<List<AfterSalesPhoto>> AttachablePhotosAsync(Guid orderId, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var found = await db.AfterSalesPhotos.Where(p => distinct.Contains(p.Id) && p.OrderId == orderId && p.RequestId == null).ToListAsync(cancellationToken);
        var missing = ids.Select((id, i) => (id, i)).Where(p => found.All(f => f.Id != p.id)).ToList();
        if (missing.Count > 0)
        {
            throw new UnprocessableException("Some photos cannot be attached.",
                missing.ToDictionary(m => $"photoIds[{m.i}]", _ => new[] { "Upload the photo to this order first; each photo goes with one request." }));
        }
        return found;
    }

    private async Task<(CompanyBuyer Buyer, Order Order)> FindOrderAsync(ClaimsPrincipal user, Guid orderId, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var order = await steps.Orders.SingleOrDefaultAsync(o => o.Id == orderId && o.CompanyId == buyer.Company.Id, cancellationToken)
            ?? throw new NotFoundException("id", "Your company has no such order.");
        return (buyer, order);
    }

    private async Task<(CompanyBuyer Buyer, AfterSalesRequest Request, Order Order)> FindAsync(ClaimsPrincipal user, Guid requestId, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var request = await steps.Requests.SingleOrDefaultAsync(r => r.Id == requestId && r.CompanyId == buyer.Company.Id, cancellationToken)
            ?? throw new NotFoundException("id", "Your company has no such after-sales request.");
        var order = await steps.Orders.SingleAsync(o => o.Id == request.OrderId, cancellationToken);
        return (buyer, request, order);
    }
}
