using SaaS.Orders.Orders;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// A request as its company and its merchant see it. Photo addresses depend on who looks, since each side reads
/// them through its own guarded endpoint.
/// </summary>
public sealed record AfterSalesView(
    Guid Id, Guid OrderId, string Number, string Kind, string State, string Reason, IReadOnlyList<AfterSalesItemView> Items,
    IReadOnlyList<AfterSalesPhotoUploaded> Photos, decimal ClaimedAmount, decimal? RefundAmount, string? RejectionReason,
    string? ReturnCarrier, string? ReturnTrackingNumber, string RequestedBy, DateTimeOffset RequestedUtc, IReadOnlyList<OrderEventView> Timeline)
{
    public static AfterSalesView From(AfterSalesRequest request, Order order, Func<AfterSalesPhoto, string> photoUrl)
    {
        var lines = order.Lines.ToDictionary(l => l.Id);
        return new AfterSalesView(
            request.Id, request.OrderId, NumberOf(request), request.Kind.ToString(), request.State.ToString(), request.Reason,
            request.Items.OrderBy(i => i.Id).Select(i => new AfterSalesItemView(i.OrderLineId, lines[i.OrderLineId].SkuCode, lines[i.OrderLineId].Title,
                lines[i.OrderLineId].Unit, i.Quantity, i.UnitPrice)).ToList(),
            request.Photos.OrderBy(p => p.Id).Select(p => new AfterSalesPhotoUploaded(p.Id, photoUrl(p))).ToList(),
            request.ClaimedAmount, request.RefundAmount, request.RejectionReason, request.ReturnCarrier, request.ReturnTrackingNumber,
            request.RequestedBy, request.RequestedUtc,
            order.Timeline.Where(e => e.AfterSalesId == request.Id).OrderBy(e => e.Id).Select(OrderEventView.From).ToList());
    }

    /// <summary>Short enough to read out on the phone; the id's random tail keeps it unique within a day.</summary>
    public static string NumberOf(AfterSalesRequest request) => $"AS{request.RequestedUtc:yyyyMMdd}-{request.Id.ToString("N")[^6..].ToUpperInvariant()}";
}

public sealed record AfterSalesItemView(Guid LineId, string SkuCode, string Title, string Unit, int Quantity, decimal UnitPrice);
