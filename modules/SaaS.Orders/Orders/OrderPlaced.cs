namespace SaaS.Orders.Orders;

/// <summary>Published in the checkout's transaction, once per order: messaging tells the merchant and the buyer.</summary>
public sealed record OrderPlaced(Guid OrderId, Guid CheckoutId, Guid CompanyId, Guid MerchantId, decimal Total, string State);
