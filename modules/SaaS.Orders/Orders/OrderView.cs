using System.Text.Json;
using SaaS.Orders.AfterSales;

namespace SaaS.Orders.Orders;

/// <summary>An order as its buyer company, its merchant and the operator see it, timeline included.</summary>
public sealed record OrderView(
    Guid Id, Guid CheckoutId, Guid CompanyId, Guid MerchantId, string State, decimal Total, string PaymentMethod, string? PoNumber, string? Note,
    DateOnly? RequestedDeliveryDate, string InvoiceType, JsonElement? InvoiceTitle, JsonElement ShipTo, DateTimeOffset PlacedUtc, DateTimeOffset PaymentDueUtc,
    IReadOnlyList<OrderLineView> Lines, IReadOnlyList<ShipmentView> Shipments, IReadOnlyList<OrderEventView> Timeline)
{
    public static OrderView From(Order o) => new(
        o.Id, o.CheckoutId, o.CompanyId, o.MerchantId, o.State.ToString(), o.Total, o.PaymentMethod, o.PoNumber, o.Note, o.RequestedDeliveryDate, o.InvoiceType,
        o.InvoiceTitle is null ? null : JsonSerializer.Deserialize<JsonElement>(o.InvoiceTitle), JsonSerializer.Deserialize<JsonElement>(o.ShipTo), o.PlacedUtc, o.PaymentDueUtc,
        o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Id, l.SkuId, l.SkuCode, l.Title, l.Unit, l.Quantity, l.UnitPrice, l.LineTotal, l.Shipped)).ToList(),
        o.Shipments.OrderBy(s => s.Id).Select(s => new ShipmentView(s.Id, s.Carrier, s.TrackingNumber, s.ShippedUtc,
            s.Items.OrderBy(i => i.Id).Select(i => new ShipmentItemRequest(i.OrderLineId, i.Quantity)).ToList())).ToList(),
        o.Timeline.OrderBy(e => e.Id).Select(OrderEventView.From).ToList());

    /// <summary>Filled where the order is read one at a time; lists and transitions leave it empty.</summary>
    public IReadOnlyList<AfterSalesView> AfterSales { get; init; } = [];
}
