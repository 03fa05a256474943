using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Data;
using SaaS.Problems;

namespace SaaS.Merchants.Merchants;

/// <summary>
/// The merchant the signed-in user acts for. Merchant endpoints take the merchant from here, never from the URL,
/// so a user of one merchant has no way to name another's data.
/// </summary>
public sealed class CurrentMerchant(MerchantsDbContext db)
{
    public async Task<(Merchant Merchant, MerchantMember Member)> RequireAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var member = userId is null ? null : await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var merchant = member is null ? null : await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == member.MerchantId, cancellationToken);
        return merchant is null || member is null
            ? throw new NotFoundException("merchant", "You do not act for a merchant of this marketplace.")
            : (merchant, member);
    }
}
