namespace SaaS.Merchants.Terms;

public enum DepositState
{
    NotRequired,
    Required,
    Paid,
    PartlyRefunded,
    Refunded,
    Forfeited,
}
