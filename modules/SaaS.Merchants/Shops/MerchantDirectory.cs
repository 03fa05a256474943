using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Shops;

public sealed class MerchantDirectory(MerchantsDbContext db, IMerchantAccess access, Staff.MerchantPermissionCatalog permissions) : IMerchantDirectory
{
    public async Task<IReadOnlyList<MerchantTeamMember>> TeamAsync(Guid merchantId, string? permission, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.MerchantId == merchantId && !m.Disabled).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var roleIds = members.Where(m => m.RoleId is not null).Select(m => m.RoleId!.Value).ToList();
        var roles = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        bool Holds(Merchants.MerchantMember member) => member.IsOwner || permission is null
            || (member.RoleId is { } roleId && roles.TryGetValue(roleId, out var role) && permissions.GrantedBy(role).Contains(permission));
        return members.Where(Holds).Select(m => new MerchantTeamMember(m.UserId, m.Email, m.IsOwner)).ToList();
    }

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
