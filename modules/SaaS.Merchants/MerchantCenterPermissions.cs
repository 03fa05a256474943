namespace SaaS.Merchants;

/// <summary>What a merchant's own staff may do in the merchant center. Owners hold all of these.</summary>
public sealed class MerchantCenterPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission EditProfile = new("merchant.profile.edit", "Edit the merchant's contact details and description", "Merchant");
    public static readonly MerchantPermission ManageStaff = new("merchant.staff.manage", "Invite staff, change their roles, disable them, edit roles", "Merchant");
    public static readonly MerchantPermission ViewDeposit = new("merchant.deposit.view", "See the security deposit and its movements", "Merchant", MerchantRoleTemplates.Finance);
    public static readonly MerchantPermission AcceptAgreement = new("merchant.agreement.accept", "Accept the marketplace agreement for the merchant", "Merchant");
    public static readonly MerchantPermission ManageLicences = new("merchant.licences.manage", "Renew industry licences", "Merchant", MerchantRoleTemplates.ProductManager);

    public IEnumerable<MerchantPermission> Permissions => [EditProfile, ManageStaff, ViewDeposit, AcceptAgreement, ManageLicences];
}
