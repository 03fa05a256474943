using SaaS.Recipes;

namespace SaaS.Tenancy;

/// <summary>A launch that passed every check and holds its name; what setup needs to finish it.</summary>
public sealed record TenantLaunch(TenantSettings Settings, RecipePlan Plan, string SiteName, string AdminEmail, string AdminPassword)
{
    // Keeps the admin password out of logs and debugger displays.
    public override string ToString() => $"TenantLaunch {{ Tenant = {Settings.Name}, Recipe = {Plan.Recipe} }}";
}
