namespace SaaS.Merchants;

/// <summary>
/// How payments reach a merchant's security deposit (保证金) without the merchants module's tables: what the
/// merchant still owes, and a deposit paid through a payment provider, recorded as a payment movement. Payments has
/// booked such a movement already, so the merchants module's event says so and it is not booked a second time.
/// </summary>
public interface IMerchantDepositLedger
{
    /// <summary>What the merchant's categories require beyond what it holds; zero when nothing is owed.</summary>
    Task<decimal> OutstandingAsync(Guid merchantId, CancellationToken cancellationToken);

    Task RecordPaymentAsync(Guid merchantId, decimal amount, string reference, CancellationToken cancellationToken);
}
