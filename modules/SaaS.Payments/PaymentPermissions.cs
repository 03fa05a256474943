using SaaS.Security;

namespace SaaS.Payments;

/// <summary>The operator's money permissions: reading the books is separate from moving money.</summary>
public sealed class PaymentPermissions : IPermissionProvider
{
    public static readonly Permission ViewLedger = new("ViewLedger", "See the ledger, the trial balance, payments, settlements and the reconciliation", "Payments");
    public static readonly Permission ManagePayments = new("ManagePayments",
        "Set payment providers and commission rules, confirm bank transfers, run settlements and record payouts and refunds", "Payments");

    public IEnumerable<Permission> Permissions => [ViewLedger, ManagePayments];
}
