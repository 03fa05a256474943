namespace SaaS.Orders.Storefront;

/// <summary>One merchant's lines of the cart: one order at checkout.</summary>
public sealed record CartGroupRow(Guid MerchantId, string MerchantName, decimal Subtotal, IReadOnlyList<CartLineRow> Lines);
