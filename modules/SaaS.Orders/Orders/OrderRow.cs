namespace SaaS.Orders.Orders;

/// <summary>A row of the merchant's or the operator's order list, with the names a person recognises the parties by.</summary>
public sealed record OrderRow(
    Guid Id, Guid CheckoutId, Guid CompanyId, string? CompanyName, Guid MerchantId, string? MerchantName, string State, decimal Total, string? PoNumber, DateTimeOffset PlacedUtc);
