using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SaaS.Tenancy;

/// <summary>The host database: the list of tenants and how to reach them.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantSettings> Tenants => Set<TenantSettings>();

    public DbSet<HostChangeCounter> Changes => Set<HostChangeCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantSettings>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(40);
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(40);
        tenant.Property(t => t.Recipe).HasMaxLength(100);
        tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.SchemaStamp).HasMaxLength(200);
        tenant.Property(t => t.HostNames).HasConversion(
            names => JsonSerializer.Serialize(names, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>(),
            new ValueComparer<IReadOnlyList<string>>(
                (a, b) => a!.SequenceEqual(b!),
                names => names.Aggregate(0, (hash, name) => HashCode.Combine(hash, name.GetHashCode())),
                names => names.ToList()));
        tenant.HasIndex(t => t.UrlPrefix).IsUnique();

        var changes = modelBuilder.Entity<HostChangeCounter>();
        changes.ToTable("HostChanges");
        changes.Property(c => c.Id).ValueGeneratedNever();
    }
}
