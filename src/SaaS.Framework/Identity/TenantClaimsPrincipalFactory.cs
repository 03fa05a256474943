using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SaaS.Tenants;

namespace SaaS.Identity;

/// <summary>Adds the tenant's name to every principal, checked again by the permission handler.</summary>
public sealed class TenantClaimsPrincipalFactory(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    ITenant tenant)
    : UserClaimsPrincipalFactory<IdentityUser, IdentityRole>(users, roles, options)
{
    public const string TenantClaim = "tenant";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaim, tenant.Name));
        return identity;
    }
}
