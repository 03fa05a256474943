namespace SaaS.Merchants.Merchants;

public enum MerchantStatus
{
    Active,
    Suspended,
}
