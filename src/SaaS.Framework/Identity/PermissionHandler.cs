using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SaaS.Security;
using SaaS.Tenancy;

namespace SaaS.Identity;

/// <summary>
/// The one place permissions are checked: the user must belong to the current tenant and hold a role that
/// grants the permission. Administrators hold every permission. Role grants are read fresh, so an edited
/// role takes effect on the next request.
/// </summary>
public sealed class PermissionHandler(TenantScope scope, TenantIdentityDbContext identity)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (!scope.IsSet || context.User.FindFirstValue(TenantClaimsPrincipalFactory.TenantClaim) != scope.Settings.Name) return;
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(Roles.Administrator))
        {
            context.Succeed(requirement);
            return;
        }
        var normalized = roles.Select(r => r.ToUpperInvariant()).ToList();
        var granted = await (
            from claim in identity.RoleClaims
            join role in identity.Roles on claim.RoleId equals role.Id
            where normalized.Contains(role.NormalizedName!)
                && claim.ClaimType == PermissionCatalog.ClaimType
                && claim.ClaimValue == requirement.Permission.Name
            select claim.Id).AnyAsync();
        if (granted) context.Succeed(requirement);
    }
}
