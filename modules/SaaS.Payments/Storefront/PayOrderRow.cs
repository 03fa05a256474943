namespace SaaS.Payments.Storefront;

/// <summary>An order of the checkout being paid, linking to its page at <c>/orders/{OrderId}</c>.</summary>
public sealed record PayOrderRow(Guid OrderId, decimal Amount, string StateLabel);
