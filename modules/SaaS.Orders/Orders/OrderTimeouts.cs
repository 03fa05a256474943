using Microsoft.Extensions.Configuration;

namespace SaaS.Orders.Orders;

/// <summary>How long an order may wait for approval or payment before it is cancelled and its stock released, and how long after delivery its buyer may ask for a return or refund.</summary>
public sealed class OrderTimeouts(IConfiguration configuration)
{
    public TimeSpan Unpaid => TimeSpan.FromMinutes(configuration.GetValue("SaaS:Orders:UnpaidOrderMinutes", 24 * 60));

    public TimeSpan AfterSalesWindow => TimeSpan.FromDays(configuration.GetValue("SaaS:Orders:AfterSalesDays", 15));
}
