using Microsoft.Extensions.Configuration;

namespace SaaS.Orders.Orders;

/// <summary>How long an order may wait for approval or payment before it is cancelled and its stock released.</summary>
public sealed class OrderTimeouts(IConfiguration configuration)
{
    public TimeSpan Unpaid => TimeSpan.FromMinutes(configuration.GetValue("SaaS:Orders:UnpaidOrderMinutes", 24 * 60));
}
