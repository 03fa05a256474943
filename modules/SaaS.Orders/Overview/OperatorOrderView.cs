using SaaS.Orders.Orders;

namespace SaaS.Orders.Overview;

/// <summary>An order as the operator reads it: the order itself and the names of the company and merchant behind the ids.</summary>
public sealed record OperatorOrderView(OrderView Order, string? CompanyName, string? MerchantName);
