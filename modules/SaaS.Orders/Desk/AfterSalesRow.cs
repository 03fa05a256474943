using SaaS.Orders.AfterSales;

namespace SaaS.Orders.Desk;

/// <summary>A request of the merchant's after-sales list, its kind and state in words, requested in the marketplace's time.</summary>
public sealed record AfterSalesRow(AfterSalesSummary Request, string KindLabel, string StateLabel, DateTimeOffset Requested);
