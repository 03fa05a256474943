using SaaS.Merchants;

namespace SaaS.Payments;

/// <summary>What a merchant's staff may see and set of the merchant's money.</summary>
public sealed class MerchantPaymentPermissions : IMerchantPermissionProvider
{
    public static readonly MerchantPermission ViewFinance = new("finance.view", "See the merchant's balance, statements and payouts", "Finance",
        MerchantRoleTemplates.Finance);
    public static readonly MerchantPermission ManagePayoutAccount = new("finance.payout-account", "Set where payouts go (Stripe account, bank account)", "Finance");
    public static readonly MerchantPermission PayDeposit = new("finance.deposit", "Pay the merchant's security deposit by card or bank transfer", "Finance");

    public IEnumerable<MerchantPermission> Permissions => [ViewFinance, ManagePayoutAccount, PayDeposit];
}
