using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Shops;

public sealed class MerchantDirectory(MerchantsDbContext db, IMerchantAccess access) : IMerchantDirectory
{
    public async Task<MerchantActor?> OwnerByCreditCodeAsync(string creditCode, CancellationToken cancellationToken)
    {
        var owner = await db.Merchants.AsNoTracking().Where(m => m.CreditCode == creditCode).Select(m => m.OwnerUserId).SingleOrDefaultAsync(cancellationToken);
        return owner is null ? null : await access.RequireAsync(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, owner)], "recipe")), null, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, MerchantCard>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Merchants.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, m => new MerchantCard(m.Id, m.Name, ShopModel.District(m.Address), m.Status == MerchantStatus.Active));

    public async Task<IReadOnlySet<Guid>> ActiveAsync(CancellationToken cancellationToken) =>
        (await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Active).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
}
