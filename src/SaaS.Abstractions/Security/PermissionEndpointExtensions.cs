using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace SaaS.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Admits signed-in users of the current tenant whose roles grant <paramref name="permission"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
        => builder.RequireAuthorization(new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build());
}
