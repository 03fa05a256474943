namespace SaaS.Orders.Checkout;

public sealed record CheckoutResult(Guid CheckoutId, IReadOnlyList<CheckoutOrder> Orders);
