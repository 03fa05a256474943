namespace SaaS.Merchants.Terms;

public enum DepositEntryKind
{
    Payment,
    Refund,
    Forfeiture,
}
