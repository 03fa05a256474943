using SaaS.Orders.Carts;

namespace SaaS.Orders.Storefront;

/// <summary>A cart line as the cart page shows it: the quantity as typed when its change was refused, and why.</summary>
/// <param name="Error">The refusal of this line's last change, else what keeps it from checkout now (stock gone, off sale).</param>
public sealed record CartLineRow(CartLineView Line, string Quantity, string? Error);
