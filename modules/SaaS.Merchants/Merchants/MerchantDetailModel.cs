using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;

namespace SaaS.Merchants.Merchants;

/// <summary>Everything the operator weighs about one merchant on one screen.</summary>
public sealed record MerchantDetailModel(
    Merchant Merchant,
    DepositStatus Deposit,
    IReadOnlyList<MerchantLicence> Licences,
    IReadOnlyList<PublishingBlocker> Blockers,
    AgreementView? Agreement,
    IReadOnlyList<StaffView> Staff,
    string? Message,
    string? Error)
{
    public bool Suspended => Merchant.Status == MerchantStatus.Suspended;
}
