using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SaaS.Identity;

/// <summary>ASP.NET Core Identity's users, roles and claims, in each tenant's own database.</summary>
public sealed class TenantIdentityDbContext(DbContextOptions<TenantIdentityDbContext> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Identity";
}
