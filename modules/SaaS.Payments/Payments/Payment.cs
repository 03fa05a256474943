namespace SaaS.Payments.Payments;

/// <summary>
/// Money a buyer company (for orders) or a merchant (for its security deposit) pays through one provider. Its state
/// moves once to Succeeded, and only then is the money booked and the orders marked paid, in one transaction.
/// </summary>
public sealed class Payment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary><c>card</c>, <c>bank-transfer</c> or <c>credit-terms</c>.</summary>
    public required string Method { get; init; }

    public PaymentPurpose Purpose { get; init; }

    /// <summary>The paying company, for orders.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>The paying merchant, for a deposit.</summary>
    public Guid? MerchantId { get; init; }

    /// <summary>The checkout the orders came from: the Stripe transfer group of every transfer they fund.</summary>
    public Guid? CheckoutId { get; init; }

    public decimal Amount { get; init; }

    public required string Currency { get; init; }

    public PaymentState State { get; set; }

    /// <summary>What actually arrived; a bank transfer may bring less or more than <see cref="Amount"/>.</summary>
    public decimal Received { get; set; }

    /// <summary>
    /// What arrived that nothing took (more remitted than due, or orders cancelled meanwhile): it waits in buyer
    /// clearing until the operator sends it back. Card surpluses go back to the card at once and never stay here.
    /// </summary>
    public decimal Unapplied { get; set; }

    /// <summary>The provider's id: a Stripe PaymentIntent, the buyer's remittance reference.</summary>
    public string? ProviderReference { get; set; }

    /// <summary>The Stripe charge that funds transfers to merchants (their <c>source_transaction</c>).</summary>
    public string? ChargeId { get; set; }

    public string? LastError { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? SucceededUtc { get; set; }

    public int Version { get; set; }

    public List<PaymentOrder> Orders { get; init; } = [];
}
