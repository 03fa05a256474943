using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Identity;

namespace SaaS.Recipes;

/// <summary>
/// <c>{ "name": "roles", "roles": [{ "name": "Buyer", "permissions": ["..."] }] }</c>: creates each role if
/// missing and sets its permissions to exactly the listed ones.
/// </summary>
public sealed class RolesStep : IRecipeStep
{
    public string Name => "roles";

    public string? FeatureId => null;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array)
        {
            validation.Error("roles", "'roles' is required: an array of { name, permissions }.");
            return;
        }
        var permissions = validation.Services.GetRequiredService<PermissionCatalog>();
        var index = 0;
        foreach (var role in roles.EnumerateArray())
        {
            var path = $"roles[{index++}]";
            if (!role.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                validation.Error($"{path}.name", "Every role needs a 'name'.");
            }
            if (!role.TryGetProperty("permissions", out var granted)) continue;
            var list = validation.StringArray(granted, $"{path}.permissions");
            for (var i = 0; i < list.Count; i++)
            {
                if (!permissions.Exists(list[i])) validation.Error($"{path}.permissions[{i}]", $"Unknown permission '{list[i]}'.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var roles = execution.Services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var definition in execution.Step.GetProperty("roles").EnumerateArray())
        {
            var name = definition.GetProperty("name").GetString()!;
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new IdentityRole(name);
                Check(await roles.CreateAsync(role), name);
            }
            var wanted = definition.TryGetProperty("permissions", out var permissions)
                ? permissions.EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionCatalog.ClaimType).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value))) Check(await roles.RemoveClaimAsync(role, claim), name);
            foreach (var permission in wanted.Except(current.Select(c => c.Value)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PermissionCatalog.ClaimType, permission)), name);
            }
        }
    }

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Role '{role}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
