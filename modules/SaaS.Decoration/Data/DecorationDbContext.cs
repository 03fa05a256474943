using Microsoft.EntityFrameworkCore;
using SaaS.Decoration.Pages;

namespace SaaS.Decoration.Data;

public sealed class DecorationDbContext(DbContextOptions<DecorationDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Decoration";

    public DbSet<DecoratedPage> Pages => Set<DecoratedPage>();

    public DbSet<PageVersion> Versions => Set<PageVersion>();

    public DbSet<ShopAppearance> Appearances => Set<ShopAppearance>();

    public DbSet<ShopInquiry> Inquiries => Set<ShopInquiry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var page = modelBuilder.Entity<DecoratedPage>();
        page.ToTable("DecoratedPages");
        page.Property(p => p.Slug).HasMaxLength(60);
        page.Property(p => p.Title).HasMaxLength(100);
        page.Property(p => p.Revision).IsConcurrencyToken();
        page.HasIndex(p => new { p.MerchantId, p.Slug }).IsUnique();

        var version = modelBuilder.Entity<PageVersion>();
        version.ToTable("DecoratedPageVersions");
        version.Property(v => v.Title).HasMaxLength(100);
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.HasIndex(v => new { v.PageId, v.Version }).IsUnique();
        version.HasOne<DecoratedPage>().WithMany().HasForeignKey(v => v.PageId).OnDelete(DeleteBehavior.Cascade);

        var appearance = modelBuilder.Entity<ShopAppearance>();
        appearance.ToTable("ShopAppearances");
        appearance.HasKey(a => a.MerchantId);
        appearance.Property(a => a.LogoUrl).HasMaxLength(500);
        appearance.Property(a => a.BannerUrl).HasMaxLength(500);
        appearance.Property(a => a.BrandColor).HasMaxLength(7);
        appearance.Property(a => a.Navigation).HasMaxLength(1000);

        var inquiry = modelBuilder.Entity<ShopInquiry>();
        inquiry.ToTable("ShopInquiries");
        inquiry.Property(i => i.Name).HasMaxLength(100);
        inquiry.Property(i => i.Company).HasMaxLength(200);
        inquiry.Property(i => i.Contact).HasMaxLength(200);
        inquiry.Property(i => i.Message).HasMaxLength(2000);
        inquiry.HasIndex(i => i.MerchantId);
    }
}
