namespace SaaS.Orders.Checkout;

public sealed record CheckoutOrder(Guid Id, Guid MerchantId, decimal Total, string State);
