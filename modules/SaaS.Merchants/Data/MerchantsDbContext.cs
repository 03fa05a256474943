using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Data;

public sealed class MerchantsDbContext(DbContextOptions<MerchantsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Merchants";

    public DbSet<MerchantApplication> Applications => Set<MerchantApplication>();

    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<MerchantMember> Members => Set<MerchantMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var application = modelBuilder.Entity<MerchantApplication>();
        application.ToTable("MerchantApplications");
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.LegalName).HasMaxLength(200);
        application.Property(a => a.CreditCode).HasMaxLength(18);
        application.Property(a => a.LegalRepresentative).HasMaxLength(100);
        application.Property(a => a.ContactName).HasMaxLength(100);
        application.Property(a => a.Mobile).HasMaxLength(20);
        application.Property(a => a.Email).HasMaxLength(256);
        application.Property(a => a.Address).HasMaxLength(500);
        application.Property(a => a.Categories).HasMaxLength(1000);
        application.Property(a => a.LicenceFile).HasMaxLength(100);
        application.Property(a => a.LicenceContentType).HasMaxLength(100);
        application.Property(a => a.ReviewedBy).HasMaxLength(256);
        application.Property(a => a.RejectionReason).HasMaxLength(1000);
        application.HasIndex(a => a.CreditCode);
        application.HasIndex(a => a.Status);

        var merchant = modelBuilder.Entity<Merchant>();
        merchant.ToTable("Merchants");
        merchant.Property(m => m.Name).HasMaxLength(200);
        merchant.Property(m => m.CreditCode).HasMaxLength(18);
        merchant.Property(m => m.Categories).HasMaxLength(1000);
        merchant.Property(m => m.OwnerUserId).HasMaxLength(450);
        merchant.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        merchant.HasIndex(m => m.CreditCode).IsUnique();

        var member = modelBuilder.Entity<MerchantMember>();
        member.ToTable("MerchantMembers");
        member.Property(m => m.UserId).HasMaxLength(450);
        member.HasIndex(m => m.UserId).IsUnique();
        member.HasOne<Merchant>().WithMany().HasForeignKey(m => m.MerchantId).OnDelete(DeleteBehavior.Cascade);
    }
}
