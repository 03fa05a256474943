using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Identity;

/// <summary>
/// The marketplace operator's user and role management: invite staff, assign roles, disable accounts, and edit
/// which permissions each role grants. Guards keep an administrator from locking themselves out.
/// </summary>
public sealed class UserAdministration(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    PermissionCatalog permissions,
    SaaS.Messaging.IMail mail,
    ITenant tenant,
    ITenantLinks links,
    SaaS.Audit.IAuditLog audit) : SaaS.Accounts.IUserInvitations
{
    /// <summary>How long an invitation (and a password reset code, which shares the token provider) stays valid.</summary>
    public static readonly TimeSpan InvitationLifespan = TimeSpan.FromDays(3);

    public async Task<IReadOnlyList<UserRow>> ListUsersAsync(ClaimsPrincipal current)
    {
        var currentId = users.GetUserId(current);
        var rows = new List<UserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var claims = await users.GetClaimsAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? user.Id,
                (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(),
                claims.Any(c => c.Type == DisabledUserConfirmation.DisabledClaim), user.Id == currentId));
        }
        return rows;
    }

    public async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();

    public Task<string> InviteAsync(string email, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        InviteAsync(email, roles, links.SiteUrl(), cancellationToken);

    public async Task<string> InviteOrGrantAsync(string email, IReadOnlyList<string> roleNames, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null) return await InviteAsync(email, roleNames, links.SiteUrl(), cancellationToken);
        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == DisabledUserConfirmation.DisabledClaim))
        {
            throw new ConflictException("email", $"The account '{email}' is disabled; an administrator must enable it first.");
        }
        await RequireRolesExistAsync(roleNames);
        var present = await users.GetRolesAsync(user);
        var added = roleNames.Except(present).ToList();
        Check(await users.AddToRolesAsync(user, added), "roles");
        await audit.RecordAsync("user.roles-granted", email, Join(present), Join(present.Union(added)), cancellationToken);
        await mail.SendAsync(email, $"{tenant.Site.SiteName}: you have new access",
            $"Your account at {tenant.Site.SiteName} now also acts as {string.Join(", ", roleNames)}.\r\n"
            + $"Sign in at {links.SiteUrl()}/account/login with your usual password.\r\n",
            cancellationToken);
        return user.Id;
    }

    /// <summary>Creates the account without a password and e-mails a code to choose one.</summary>
    public async Task<string> InviteAsync(string? email, IReadOnlyList<string> roleNames, string signInUrl, CancellationToken cancellationToken)
    {
        AccountService.RequireFields(("email", email));
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            throw new ValidationFailedException("email", $"'{email}' is not an e-mail address.");
        }
        if (await users.FindByEmailAsync(email!) is not null) throw new ConflictException("email", $"An account for '{email}' already exists.");
        await RequireRolesExistAsync(roleNames);
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user), "email");
        Check(await users.AddToRolesAsync(user, roleNames), "roles");
        await audit.RecordAsync("user.invited", email!, null, string.Join(", ", roleNames), cancellationToken);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var resetUrl = $"{signInUrl}/account/reset-password?email={Uri.EscapeDataString(email!)}";
        var days = $"{InvitationLifespan.TotalDays:0}";
        await mail.SendAsync(new SaaS.Messaging.AccountMail(email!, "account.invitation", $"{tenant.Site.SiteName}: you are invited",
            $"You have been invited to {tenant.Site.SiteName} as {string.Join(", ", roleNames)}.\r\n"
            + $"Open this link within {days} days to choose your password:\r\n{resetUrl}&code={code}\r\n\r\n"
            + $"Or choose it at {resetUrl} with this code:\r\n\r\n{code}\r\n",
            new Dictionary<string, string>
            {
                ["code"] = code, ["email"] = email!, ["roles"] = string.Join(", ", roleNames), ["days"] = days, ["reset_page"] = resetUrl, ["link"] = $"{resetUrl}&code={code}",
            }, user.Id), cancellationToken);
        return user.Id;
    }

    public async Task SetRolesAsync(string userId, IReadOnlyList<string> roleNames, ClaimsPrincipal current)
    {
        var user = await FindAsync(userId);
        await RequireRolesExistAsync(roleNames);
        if (user.Id == users.GetUserId(current) && !roleNames.Contains(Roles.Administrator) && await users.IsInRoleAsync(user, Roles.Administrator))
        {
            throw new ConflictException("roles", "You cannot remove your own Administrator role; ask another administrator.");
        }
        var present = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, present.Except(roleNames)), "roles");
        Check(await users.AddToRolesAsync(user, roleNames.Except(present)), "roles");
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync("user.roles-changed", user.Email ?? user.Id, Join(present), Join(roleNames), CancellationToken.None);
    }

    public async Task SetDisabledAsync(string userId, bool disabled, ClaimsPrincipal current)
    {
        var user = await FindAsync(userId);
        if (disabled && user.Id == users.GetUserId(current)) throw new ConflictException("id", "You cannot disable your own account.");
        var flag = (await users.GetClaimsAsync(user)).Where(c => c.Type == DisabledUserConfirmation.DisabledClaim).ToList();
        if (disabled && flag.Count == 0) Check(await users.AddClaimAsync(user, new Claim(DisabledUserConfirmation.DisabledClaim, "true")), "id");
        if (!disabled && flag.Count > 0) Check(await users.RemoveClaimsAsync(user, flag), "id");
        // A new security stamp signs the user out of cookie sessions at the next validation.
        await users.UpdateSecurityStampAsync(user);
        if (disabled != (flag.Count > 0))
        {
            await audit.RecordAsync(disabled ? "user.disabled" : "user.enabled", user.Email ?? user.Id,
                disabled ? "active" : "disabled", disabled ? "disabled" : "active", CancellationToken.None);
        }
    }

    public async Task<IReadOnlyList<RoleRow>> ListRolesAsync()
    {
        var rows = new List<RoleRow>();
        foreach (var role in await roles.Roles.OrderBy(r => r.Name).ToListAsync())
        {
            var editable = role.Name != Roles.Administrator;
            var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionCatalog.ClaimType).Select(c => c.Value).ToHashSet();
            rows.Add(new RoleRow(role.Name!, permissions.All.OrderBy(p => p.Category).ThenBy(p => p.Name)
                .Select(p => new RolePermissionRow(p.Name, p.Description, p.Category, !editable || granted.Contains(p.Name))).ToList(), editable));
        }
        return rows;
    }

    public async Task SetRolePermissionsAsync(string roleName, IReadOnlyList<string> granted)
    {
        if (roleName == Roles.Administrator) throw new ConflictException("role", "Administrators hold every permission; their role cannot be edited.");
        var role = await roles.FindByNameAsync(roleName) ?? throw new NotFoundException("role", $"There is no role '{roleName}'.");
        var unknown = granted.Where(p => !permissions.Exists(p)).ToList();
        if (unknown.Count > 0) throw new ValidationFailedException("permissions", $"Unknown permissions: {string.Join(", ", unknown)}.");
        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionCatalog.ClaimType).ToList();
        foreach (var claim in current.Where(c => !granted.Contains(c.Value))) Check(await roles.RemoveClaimAsync(role, claim), "permissions");
        foreach (var permission in granted.Except(current.Select(c => c.Value))) Check(await roles.AddClaimAsync(role, new Claim(PermissionCatalog.ClaimType, permission)), "permissions");
        await audit.RecordAsync("role.permissions-changed", roleName, Join(current.Select(c => c.Value)), Join(granted), CancellationToken.None);
    }

    public async Task CreateRoleAsync(string? name)
    {
        AccountService.RequireFields(("name", name));
        if (await roles.RoleExistsAsync(name!)) throw new ConflictException("name", $"A role named '{name}' already exists.");
        Check(await roles.CreateAsync(new IdentityRole(name!.Trim())), "name");
        await audit.RecordAsync("role.created", name.Trim(), null, name.Trim(), CancellationToken.None);
    }

    private static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    private async Task<IdentityUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("id", "There is no such user.");

    private async Task RequireRolesExistAsync(IReadOnlyList<string> roleNames)
    {
        foreach (var name in roleNames)
        {
            if (!await roles.RoleExistsAsync(name)) throw new ValidationFailedException("roles", $"There is no role '{name}'.");
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded) throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
