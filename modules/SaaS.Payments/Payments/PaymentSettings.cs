namespace SaaS.Payments.Payments;

/// <summary>
/// The marketplace's payment settings (one row). Stripe's secret key and webhook signing secret are stored
/// encrypted with the host's data-protection keys and never shown again or logged.
/// </summary>
public sealed class PaymentSettings
{
    public int Id { get; init; } = 1;

    public string? StripePublishableKey { get; set; }

    public string? StripeSecretKeyProtected { get; set; }

    public string? StripeWebhookSecretProtected { get; set; }

    /// <summary>T+N: completed orders are paid out this many days after completion.</summary>
    public int SettlementDelayDays { get; set; } = 7;

    /// <summary>The weekday the settlement job runs on.</summary>
    public DayOfWeek SettlementWeekday { get; set; } = DayOfWeek.Monday;

    /// <summary>The bank account buyers remit to, shown on the bank-transfer instructions.</summary>
    public string? RemittanceAccount { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
