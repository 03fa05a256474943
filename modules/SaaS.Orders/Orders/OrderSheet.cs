using System.Globalization;
using System.Text.Json;
using SaaS.Companies;

namespace SaaS.Orders.Orders;

/// <summary>
/// An order as a page shows it to the merchant or the operator: who buys and sells, where it goes, how it is
/// invoiced, what is left to ship of each line, the parcels and the timeline: times in the marketplace's zone, the
/// state, payment method and invoice type in words.
/// </summary>
public sealed record OrderSheet(
    Guid Id, string State, string StateLabel, decimal Total, string PaymentMethod, string? PoNumber, string? Note, string? RequestedDeliveryDate,
    string InvoiceType, InvoiceTitleCard? Invoice, DeliveryAddress ShipTo, DateTimeOffset Placed, string? CompanyName, string? MerchantName,
    IReadOnlyList<SheetLine> Lines, IReadOnlyList<SheetShipment> Shipments, IReadOnlyList<SheetEvent> Timeline)
{
    /// <summary>Units of all lines not yet shipped: what a packing list packs.</summary>
    public int LeftToShip => Lines.Sum(l => l.Left);

    public static OrderSheet From(OrderView view, string? companyName, string? merchantName, MarketplaceCalendar calendar)
    {
        var lines = view.Lines.Select(l => new SheetLine(l.Id, l.SkuCode, l.Title, l.Unit, l.Quantity, l.UnitPrice, l.LineTotal, l.Shipped, l.Quantity - l.Shipped)).ToList();
        var byId = lines.ToDictionary(l => l.Id);
        return new OrderSheet(view.Id, view.State, OrderLabels.State(view.State), view.Total, OrderLabels.PaymentMethods.GetValueOrDefault(view.PaymentMethod, view.PaymentMethod),
            view.PoNumber, view.Note, view.RequestedDeliveryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OrderLabels.InvoiceTypes.GetValueOrDefault(view.InvoiceType, view.InvoiceType), view.InvoiceTitle?.Deserialize<InvoiceTitleCard>(), view.ShipTo.Deserialize<DeliveryAddress>()!, calendar.Local(view.PlacedUtc),
            companyName, merchantName, lines,
            view.Shipments.Select(s => new SheetShipment(s.Carrier, s.TrackingNumber, calendar.Local(s.ShippedUtc), s.Items.Select(i =>
            {
                var line = byId[i.LineId!.Value];
                return new SheetShipmentItem(line.SkuCode, line.Title, line.Unit, i.Quantity!.Value);
            }).ToList())).ToList(),
            view.Timeline.Select(e => new SheetEvent(calendar.Local(e.AtUtc), e.Actor, OrderLabels.Action(e.Action), OrderLabels.State(e.State), e.Detail)).ToList());
    }
}
