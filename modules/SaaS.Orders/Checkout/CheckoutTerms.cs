namespace SaaS.Orders.Checkout;

/// <summary>How a buyer wants goods delivered, invoiced and paid for, judged and copied from the company's books.</summary>
/// <param name="ShipTo">The delivery address as JSON: later edits of the address book do not move the goods.</param>
/// <param name="InvoiceTitle">The invoice title as JSON, or null when none was chosen.</param>
public sealed record CheckoutTerms(
    string ShipTo, string? InvoiceTitle, string InvoiceType, string PaymentMethod, string? PoNumber, string? Note, DateOnly? RequestedDeliveryDate);
