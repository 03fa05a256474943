namespace SaaS.Payments.Ledger;

/// <summary>
/// The chart of accounts. Party accounts carry the party's id after a colon (<c>2200:{merchantId}</c>), so a
/// merchant's balance is the sum of its own account's lines. Assets and the contra-revenue account grow by debits;
/// liabilities and revenue grow by credits.
/// </summary>
public static class LedgerAccounts
{
    public const string StripeBalance = "1010";
    public const string BankAccount = "1020";
    public const string CreditReceivablePrefix = "1100";
    public const string BuyerClearing = "2010";
    public const string MerchantPendingPrefix = "2100";
    public const string MerchantPayablePrefix = "2200";
    public const string DepositsHeldPrefix = "2300";
    public const string RefundsPayable = "2400";
    public const string PayoutsInTransit = "2500";
    public const string CommissionRevenue = "4000";
    public const string CommissionRefunded = "4010";
    public const string ForfeitedDeposits = "4100";

    public static string CreditReceivable(Guid companyId) => $"{CreditReceivablePrefix}:{companyId}";

    /// <summary>What a merchant has earned on orders paid but not yet completed: not payable yet.</summary>
    public static string MerchantPending(Guid merchantId) => $"{MerchantPendingPrefix}:{merchantId}";

    /// <summary>What the marketplace owes a merchant on completed orders: its balance, which settlements pay out.</summary>
    public static string MerchantPayable(Guid merchantId) => $"{MerchantPayablePrefix}:{merchantId}";

    public static string DepositsHeld(Guid merchantId) => $"{DepositsHeldPrefix}:{merchantId}";

    public static string Cash(string method) => method == "card" ? StripeBalance : BankAccount;

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [StripeBalance] = "Stripe balance",
        [BankAccount] = "Bank account",
        [CreditReceivablePrefix] = "Credit receivable",
        [BuyerClearing] = "Buyer clearing",
        [MerchantPendingPrefix] = "Merchant pending",
        [MerchantPayablePrefix] = "Merchant payable",
        [DepositsHeldPrefix] = "Deposits held",
        [RefundsPayable] = "Refunds payable",
        [PayoutsInTransit] = "Payouts in transit",
        [CommissionRevenue] = "Commission revenue",
        [CommissionRefunded] = "Commission refunded",
        [ForfeitedDeposits] = "Forfeited deposits",
    };

    /// <summary>Whether the account grows by debits (assets, contra revenue): its balance is debits minus credits.</summary>
    public static bool IsDebitNormal(string code) => code[0] == '1' || code.StartsWith(CommissionRefunded, StringComparison.Ordinal);

    public static string Root(string code) => code.Split(':')[0];

    public static Guid? Party(string code) => code.Split(':') is [_, var id] ? Guid.Parse(id) : null;
}
