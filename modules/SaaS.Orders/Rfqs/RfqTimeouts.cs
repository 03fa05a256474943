using Microsoft.Extensions.Configuration;

namespace SaaS.Orders.Rfqs;

/// <summary>How long a request may wait for the merchant's answer, and how long a quote may be made to hold.</summary>
public sealed class RfqTimeouts(IConfiguration configuration)
{
    /// <summary>A quote holding longer would outlive the prices and stock it was made on.</summary>
    public const int MaxValidityDays = 90;

    public TimeSpan Response => TimeSpan.FromDays(configuration.GetValue("SaaS:Orders:RfqResponseDays", 14));
}
