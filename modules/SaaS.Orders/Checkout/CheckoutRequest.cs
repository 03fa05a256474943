namespace SaaS.Orders.Checkout;

public sealed record CheckoutRequest(
    Guid? AddressId, Guid? InvoiceTitleId, string? InvoiceType, string? PoNumber, DateOnly? RequestedDeliveryDate, string? PaymentMethod, string? Note);
