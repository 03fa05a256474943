namespace SaaS.Payments.Settlement;

/// <summary>Where a merchant's money goes: its Stripe connected account (transfers) or its bank account (paid by the operator).</summary>
public sealed class MerchantPayoutAccount
{
    public Guid MerchantId { get; init; }

    /// <summary>The connected account (<c>acct_…</c>) that receives Stripe transfers; null when paid by bank.</summary>
    public string? StripeAccountId { get; set; }

    public string? BankName { get; set; }

    public string? BankAccountName { get; set; }

    public string? BankAccountNumber { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
