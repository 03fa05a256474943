namespace SaaS.Orders.Orders;

/// <summary>Published in the transition's transaction: payments refund a cancellation after payment, messaging tells people.</summary>
public sealed record OrderStateChanged(Guid OrderId, Guid CompanyId, Guid MerchantId, string Action, string From, string To);
