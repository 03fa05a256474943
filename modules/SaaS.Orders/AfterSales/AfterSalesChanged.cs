namespace SaaS.Orders.AfterSales;

/// <summary>
/// Published in the transaction of every step of a request (<c>From</c> is null when it is filed). Payments
/// refund <c>RefundAmount</c> when a request reaches RefundPending; messaging tells the other side.
/// </summary>
public sealed record AfterSalesChanged(
    Guid RequestId, Guid OrderId, Guid CompanyId, Guid MerchantId, string Kind, string Action, string? From, string To, decimal? RefundAmount);
