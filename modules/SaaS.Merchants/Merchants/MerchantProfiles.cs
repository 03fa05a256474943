using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Merchants;

/// <summary>The merchant's own profile. Its legal identity (name, credit code) is the verified one and stays.</summary>
public sealed class MerchantProfiles(MerchantsDbContext db)
{
    public async Task<MerchantProfile> GetAsync(MerchantActor actor, CancellationToken cancellationToken) =>
        MerchantProfile.From(await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == actor.MerchantId, cancellationToken), actor);

    public async Task<MerchantProfile> UpdateAsync(MerchantActor actor, ProfileRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        ContactRules.Require("contactName", request.ContactName, 100, errors);
        ContactRules.Require("address", request.Address, 500, errors);
        ContactRules.CheckMobile(request.Mobile?.Trim(), errors);
        ContactRules.CheckEmail(request.Email?.Trim(), errors);
        if (request.Description?.Length > 2000) errors["description"] = ["The description may have at most 2000 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var merchant = await db.Merchants.SingleAsync(m => m.Id == actor.MerchantId, cancellationToken);
        merchant.ContactName = request.ContactName!.Trim();
        merchant.Mobile = request.Mobile!.Trim();
        merchant.Email = request.Email!.Trim();
        merchant.Address = request.Address!.Trim();
        merchant.Description = request.Description?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return MerchantProfile.From(merchant, actor);
    }
}
