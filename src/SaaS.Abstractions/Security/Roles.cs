namespace SaaS.Security;

/// <summary>The roles every marketplace starts with.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Merchant = "Merchant";
    public const string MerchantStaff = "MerchantStaff";
    public const string Buyer = "Buyer";
}
