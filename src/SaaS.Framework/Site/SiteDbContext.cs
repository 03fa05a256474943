using Microsoft.EntityFrameworkCore;

namespace SaaS.Site;

/// <summary>The framework's own tables in each tenant database: site settings, enabled features, template overrides.</summary>
public sealed class SiteDbContext(DbContextOptions<SiteDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Site";

    public DbSet<SiteRecord> Site => Set<SiteRecord>();

    public DbSet<EnabledFeature> EnabledFeatures => Set<EnabledFeature>();

    public DbSet<TemplateOverride> TemplateOverrides => Set<TemplateOverride>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var site = modelBuilder.Entity<SiteRecord>();
        site.ToTable("Site");
        site.Property(s => s.Id).ValueGeneratedNever();
        site.Property(s => s.SiteName).HasMaxLength(200);
        site.Property(s => s.DefaultCurrency).HasMaxLength(3);
        site.Property(s => s.Locale).HasMaxLength(10);
        site.Property(s => s.TimeZone).HasMaxLength(64);
        site.Property(s => s.Theme).HasMaxLength(64);
        site.Property(s => s.Logo).HasMaxLength(100);

        var feature = modelBuilder.Entity<EnabledFeature>();
        feature.ToTable("EnabledFeatures");
        feature.HasKey(f => f.Id);
        feature.Property(f => f.Id).HasMaxLength(100);

        var template = modelBuilder.Entity<TemplateOverride>();
        template.ToTable("TemplateOverrides");
        template.HasKey(t => t.View);
        template.Property(t => t.View).HasMaxLength(200);
    }
}
