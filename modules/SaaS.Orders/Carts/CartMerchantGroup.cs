namespace SaaS.Orders.Carts;

/// <summary>The cart lines of one merchant: they become one order at checkout.</summary>
public sealed record CartMerchantGroup(Guid MerchantId, string MerchantName, IReadOnlyList<CartLineView> Lines, decimal Subtotal);
