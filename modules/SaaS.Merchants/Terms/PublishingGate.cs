using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Terms;

/// <summary>
/// A merchant publishes only while it is in good standing: not suspended, deposit paid, current agreement
/// accepted, every required licence on file and unexpired. Read live, so an expiry bites the day it happens.
/// </summary>
public sealed class PublishingGate(MerchantsDbContext db, MerchantTerms terms, MerchantDeposits deposits, TimeProvider clock) : IMerchantPublishing
{
    public async Task<IReadOnlyList<PublishingBlocker>> BlockersAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == merchantId, cancellationToken);
        var blockers = new List<PublishingBlocker>();
        if (merchant.Status == MerchantStatus.Suspended)
        {
            blockers.Add(new PublishingBlocker("suspended", $"The marketplace suspended this merchant: {merchant.SuspensionReason}"));
        }
        var deposit = await deposits.StatusAsync(merchantId, cancellationToken);
        if (!deposit.Satisfied)
        {
            blockers.Add(new PublishingBlocker("deposit", $"The security deposit of {deposit.Required:0.00} is not paid in full ({deposit.Held:0.00} held)."));
        }
        if (await terms.AgreementAsync(merchantId, cancellationToken) is { } agreement && agreement.AcceptedVersion != agreement.Version)
        {
            blockers.Add(new PublishingBlocker("agreement", $"Version {agreement.Version} of the merchant agreement is not accepted yet."));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var held = await db.Licences.AsNoTracking().Where(l => l.MerchantId == merchantId).ToListAsync(cancellationToken);
        foreach (var requirement in (await terms.RequirementsAsync(cancellationToken)).Licences)
        {
            var licence = held.FirstOrDefault(l => l.Code == requirement.Code);
            if (licence is null) blockers.Add(new PublishingBlocker($"licence:{requirement.Code}", $"No {requirement.Name} on file."));
            else if (licence.ExpiresOn < today) blockers.Add(new PublishingBlocker($"licence:{requirement.Code}", $"The {requirement.Name} ({licence.Number}) expired on {licence.ExpiresOn:yyyy-MM-dd}."));
        }
        return blockers;
    }
}
