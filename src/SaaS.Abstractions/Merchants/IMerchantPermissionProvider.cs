namespace SaaS.Merchants;

public interface IMerchantPermissionProvider
{
    IEnumerable<MerchantPermission> Permissions { get; }
}
