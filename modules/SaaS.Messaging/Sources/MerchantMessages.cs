using SaaS.Events;
using SaaS.Merchants.Events;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;

namespace SaaS.Messaging.Sources;

/// <summary>Merchants' events as messages: applications received, approved and rejected; licences expiring; staff invited.</summary>
public sealed class MerchantMessages(Notifier notifier, Parts parts)
    : IEventHandler<MerchantApplied>, IEventHandler<MerchantApproved>, IEventHandler<MerchantRejected>, IEventHandler<MerchantLicenceExpiring>,
        IEventHandler<MerchantStaffInvited>
{
    private static readonly Dictionary<string, string> ApplicationLinks = new()
    {
        [Audiences.Applicant] = "/merchant", [Audiences.MerchantTeam] = "/merchant", [Audiences.Operators] = "/admin/merchant-applications",
    };

    public Task HandleAsync(MerchantApplied applied, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Occurrence("merchant.applied", applied.ApplicationId.ToString(),
            Application(applied.LegalName, applied.Email, null), new Parties(ApplicantEmail: applied.Email), ApplicationLinks), cancellationToken);

    public async Task HandleAsync(MerchantApproved approved, CancellationToken cancellationToken)
    {
        var payload = Application(approved.Name, approved.OwnerEmail, null);
        payload["merchant"] = await parts.MerchantAsync(approved.MerchantId, cancellationToken);
        await notifier.NotifyAsync(new Occurrence("merchant.approved", approved.MerchantId.ToString(), payload,
            new Parties(MerchantId: approved.MerchantId, ApplicantEmail: approved.OwnerEmail), ApplicationLinks), cancellationToken);
    }

    public Task HandleAsync(MerchantRejected rejected, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(new Occurrence("merchant.rejected", $"{rejected.ApplicationId}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(rejected.Reason)))[..12]}",
            Application(rejected.LegalName, rejected.Email, rejected.Reason), new Parties(ApplicantEmail: rejected.Email), ApplicationLinks), cancellationToken);

    public async Task HandleAsync(MerchantLicenceExpiring expiring, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["merchant"] = await parts.MerchantAsync(expiring.MerchantId, cancellationToken),
            ["licence"] = new Dictionary<string, object?> { ["name"] = expiring.LicenceName, ["code"] = expiring.LicenceCode, ["expires_on"] = expiring.ExpiresOn.ToString("yyyy-MM-dd") },
        };
        await notifier.NotifyAsync(new Occurrence("merchant.licence-expiring", $"{expiring.MerchantId}:{expiring.LicenceCode}:{expiring.ExpiresOn:yyyyMMdd}", payload,
            new Parties(MerchantId: expiring.MerchantId), new Dictionary<string, string> { [Audiences.MerchantTeam] = "/merchant", [Audiences.Operators] = "/admin/merchants" }),
            cancellationToken);
    }

    public async Task HandleAsync(MerchantStaffInvited invited, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, object?>
        {
            ["merchant"] = await parts.MerchantAsync(invited.MerchantId, cancellationToken),
            ["staff"] = new Dictionary<string, object?> { ["email"] = invited.Email, ["role"] = invited.RoleName },
        };
        await notifier.NotifyAsync(new Occurrence("staff.invited", $"{invited.MerchantId}:{invited.Email.ToLowerInvariant()}:{invited.RoleName}", payload,
            new Parties(MerchantId: invited.MerchantId), new Dictionary<string, string> { [Audiences.MerchantTeam] = "/merchant/staff", [Audiences.Operators] = "/admin/merchants" }),
            cancellationToken);
    }

    private static Dictionary<string, object?> Application(string legalName, string email, string? reason) => new()
    {
        ["application"] = new Dictionary<string, object?> { ["legal_name"] = legalName, ["email"] = email, ["reason"] = reason },
    };
}
