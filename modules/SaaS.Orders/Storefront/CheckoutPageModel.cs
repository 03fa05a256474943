namespace SaaS.Orders.Storefront;

/// <summary>
/// The checkout page: where to deliver (the company's address book), how to invoice and pay, the buyer's
/// references, and the cart it will place, one order per merchant; a refused checkout comes back as typed.
/// </summary>
public sealed record CheckoutPageModel(
    PageForm Form,
    IReadOnlyList<AddressChoice> Addresses,
    IReadOnlyList<InvoiceTitleChoice> InvoiceTitles,
    IReadOnlyList<Choice> InvoiceTypes,
    IReadOnlyList<Choice> PaymentMethods,
    IReadOnlyList<CartGroupRow> Merchants,
    decimal Total)
{
    /// <summary>The free-text fields as typed (poNumber, requestedDeliveryDate, note).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Messages by field name, shown next to their inputs.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The earliest delivery date to ask for (yyyy-MM-dd), today.</summary>
    public required string Today { get; init; }

    public bool HasErrors => Errors.Count > 0 || Form.Message is not null;

    public bool IsEmpty => Merchants.Count == 0;
}
