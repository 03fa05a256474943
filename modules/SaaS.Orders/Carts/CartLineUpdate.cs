namespace SaaS.Orders.Carts;

public sealed record CartLineUpdate(int? Quantity, bool? SavedForLater);
