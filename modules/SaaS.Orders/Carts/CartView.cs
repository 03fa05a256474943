namespace SaaS.Orders.Carts;

public sealed record CartView(IReadOnlyList<CartMerchantGroup> Merchants, IReadOnlyList<CartLineView> SavedForLater, decimal Total);
