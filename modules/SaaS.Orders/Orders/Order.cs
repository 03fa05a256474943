namespace SaaS.Orders.Orders;

/// <summary>
/// One merchant's share of a buyer company's checkout: its lines at the prices of the moment, where it goes, how it
/// is invoiced, and where it stands. Its state changes only through <see cref="OrderStateMachine"/>.
/// </summary>
public sealed class Order
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Shared by the orders one checkout split into, one per merchant.</summary>
    public Guid CheckoutId { get; init; }

    public Guid CompanyId { get; init; }

    public Guid MerchantId { get; init; }

    /// <summary>The member who placed it: they may not approve it themselves.</summary>
    public required string BuyerUserId { get; init; }

    public required string BuyerEmail { get; init; }

    public OrderState State { get; set; }

    /// <summary>The sum of the lines' totals, frozen at checkout.</summary>
    public decimal Total { get; init; }

    public required string PaymentMethod { get; init; }

    public string? PoNumber { get; init; }

    public string? Note { get; init; }

    public DateOnly? RequestedDeliveryDate { get; init; }

    /// <summary><c>ordinary</c> or <c>vat-special</c> (增值税专用发票).</summary>
    public required string InvoiceType { get; init; }

    /// <summary>A copy of the company's invoice title at checkout, as JSON; null when none was chosen.</summary>
    public string? InvoiceTitle { get; init; }

    /// <summary>A copy of the delivery address at checkout, as JSON: later edits of the address book do not move the goods.</summary>
    public required string ShipTo { get; init; }

    public DateTimeOffset PlacedUtc { get; init; }

    /// <summary>Unpaid after this, the order is cancelled and its stock released.</summary>
    public DateTimeOffset PaymentDueUtc { get; set; }

    public string? PaymentReference { get; set; }

    /// <summary>Bumped by every transition: two people (or a person and the expiry job) cannot both move the same state.</summary>
    public int Version { get; set; }

    public List<OrderLine> Lines { get; init; } = [];

    public List<OrderEvent> Timeline { get; init; } = [];

    public List<Shipment> Shipments { get; init; } = [];
}
