using Microsoft.EntityFrameworkCore;

namespace SaaS.Audit;

public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Audit";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<AuditEntry>();
        entry.ToTable("AuditEntries");
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.Subject).HasMaxLength(500);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Before).HasMaxLength(4000);
        entry.Property(e => e.After).HasMaxLength(4000);
        entry.HasIndex(e => e.Action);
    }
}
