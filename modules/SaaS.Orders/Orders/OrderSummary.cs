namespace SaaS.Orders.Orders;

/// <summary>A row of an order list.</summary>
public sealed record OrderSummary(Guid Id, Guid CheckoutId, Guid CompanyId, Guid MerchantId, string State, decimal Total, string? PoNumber, DateTimeOffset PlacedUtc);
