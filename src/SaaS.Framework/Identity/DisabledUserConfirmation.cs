using Microsoft.AspNetCore.Identity;

namespace SaaS.Identity;

/// <summary>A user the marketplace operator disabled may not sign in, whatever their password.</summary>
public sealed class DisabledUserConfirmation : IUserConfirmation<IdentityUser>
{
    public const string DisabledClaim = "saas:disabled";

    public async Task<bool> IsConfirmedAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        !(await manager.GetClaimsAsync(user)).Any(c => c.Type == DisabledClaim);
}
