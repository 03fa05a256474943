using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Security;
using SaaS.Tenancy;

namespace SaaS.Identity;

/// <summary>
/// The one place permissions are checked: the user must belong to the current tenant and hold a role that
/// grants the permission. Administrators hold every permission. Role grants are read fresh, so an edited
/// role takes effect on the next request.
/// </summary>
// The context is resolved only inside a tenant: authorization also runs for host endpoints such as the console,
// where there is no tenant database.
public sealed class PermissionHandler(TenantScope scope, IServiceProvider services)
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
        var identity = services.GetRequiredService<TenantIdentityDbContext>();
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
