using Microsoft.AspNetCore.Identity;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Identity;

/// <summary>Creates a new marketplace's standard roles and its first administrator.</summary>
public sealed class TenantIdentitySetup(RoleManager<IdentityRole> roles, UserManager<IdentityUser> users)
{
    public static readonly IReadOnlyList<string> StandardRoles = [Roles.Administrator, Roles.Merchant, Roles.MerchantStaff, Roles.Buyer];

    public async Task EnsureStandardRolesAsync()
    {
        foreach (var name in StandardRoles)
        {
            if (await roles.RoleExistsAsync(name)) continue;
            var result = await roles.CreateAsync(new IdentityRole(name));
            if (!result.Succeeded) throw new InvalidOperationException($"Role '{name}': {result.Errors.First().Description}");
        }
    }

    public async Task CreateAdministratorAsync(string email, string password)
    {
        var admin = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new ValidationFailedException("adminPassword", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        var assigned = await users.AddToRoleAsync(admin, Roles.Administrator);
        if (!assigned.Succeeded) throw new InvalidOperationException(assigned.Errors.First().Description);
    }
}
