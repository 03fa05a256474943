using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Data;

/// <summary>
/// Brings every module context of a tenant database up to date. The <see cref="SchemaStamp"/> names the newest
/// migration of every context; a tenant whose stored stamp matches skips the migration check on activation.
/// </summary>
public sealed class TenantMigrator(IEnumerable<TenantDbContextRegistration> registrations)
{
    private readonly TenantDbContextRegistration[] contexts = registrations.ToArray();

    public string SchemaStamp { get; } = ComputeStamp(registrations);

    public async Task MigrateAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        foreach (var registration in contexts)
        {
            var context = (DbContext)tenantServices.GetRequiredService(registration.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    // A hash, so the stamp keeps its size however many modules there are.
    private static string ComputeStamp(IEnumerable<TenantDbContextRegistration> registrations) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(";", registrations
            .Select(r => r.ContextType.Name + ":" + NewestMigration(r.ContextType))
            .Order(StringComparer.Ordinal)))));

    private static string NewestMigration(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Max(StringComparer.Ordinal) ?? "none";
}
