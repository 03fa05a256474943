using System.Security.Claims;

namespace SaaS.Merchants;

/// <summary>Resolves who a user acts for and checks a merchant permission: the one check every merchant endpoint makes.</summary>
public interface IMerchantAccess
{
    /// <summary>
    /// The user's merchant, when they are an active member holding <paramref name="permission"/> (any member when null).
    /// Not a member: 403 naming the merchant; disabled: 403; lacking the permission: 403 naming it.
    /// </summary>
    Task<MerchantActor> RequireAsync(ClaimsPrincipal user, MerchantPermission? permission, CancellationToken cancellationToken);
}
