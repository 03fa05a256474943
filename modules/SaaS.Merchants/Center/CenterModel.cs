using SaaS.Merchants.Merchants;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;

namespace SaaS.Merchants.Center;

/// <summary>
/// What the Merchants module's own center pages (overview, staff, roles, agreement, deposit) show: the form
/// state and the page's data (only the parts that page fills in are set).
/// </summary>
public sealed record CenterModel(MerchantProfile Profile)
{
    public string? Error { get; init; }

    /// <summary>Field name → message, for the form that was posted.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Field name → value typed, for the form that was posted.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<PublishingBlocker> Blockers { get; init; } = [];

    public IReadOnlyList<MerchantLicence> Licences { get; init; } = [];

    public IReadOnlyList<StaffView> Staff { get; init; } = [];

    public IReadOnlyList<RoleView> Roles { get; init; } = [];

    public IReadOnlyList<MerchantPermission> Permissions { get; init; } = [];

    public AgreementView? Agreement { get; init; }

    public DepositStatus? Deposit { get; init; }

    public bool CanEditProfile { get; init; }

    public bool CanRenewLicences { get; init; }

    public bool CanAccept { get; init; }
}
