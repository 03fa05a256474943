using Microsoft.EntityFrameworkCore;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;

namespace SaaS.Merchants.Data;

public sealed class MerchantsDbContext(DbContextOptions<MerchantsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Merchants";

    public DbSet<MerchantApplication> Applications => Set<MerchantApplication>();

    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<MerchantMember> Members => Set<MerchantMember>();

    public DbSet<MerchantRole> Roles => Set<MerchantRole>();

    public DbSet<LicenceRequirement> LicenceRequirements => Set<LicenceRequirement>();

    public DbSet<MerchantLicence> Licences => Set<MerchantLicence>();

    public DbSet<DepositRule> DepositRules => Set<DepositRule>();

    public DbSet<DepositEntry> DepositEntries => Set<DepositEntry>();

    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();

    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();

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
        application.Property(a => a.DraftTokenHash).HasMaxLength(64);
        application.HasIndex(a => a.CreditCode);
        application.HasIndex(a => a.Status);

        var merchant = modelBuilder.Entity<Merchant>();
        merchant.ToTable("Merchants");
        merchant.Property(m => m.Name).HasMaxLength(200);
        merchant.Property(m => m.CreditCode).HasMaxLength(18);
        merchant.Property(m => m.Categories).HasMaxLength(1000);
        merchant.Property(m => m.OwnerUserId).HasMaxLength(450);
        merchant.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        merchant.Property(m => m.LegalRepresentative).HasMaxLength(100);
        merchant.Property(m => m.ContactName).HasMaxLength(100);
        merchant.Property(m => m.Mobile).HasMaxLength(20);
        merchant.Property(m => m.Email).HasMaxLength(256);
        merchant.Property(m => m.Address).HasMaxLength(500);
        merchant.Property(m => m.Description).HasMaxLength(2000);
        merchant.Property(m => m.SuspensionReason).HasMaxLength(1000);
        merchant.HasIndex(m => m.CreditCode).IsUnique();

        var member = modelBuilder.Entity<MerchantMember>();
        member.ToTable("MerchantMembers");
        member.Property(m => m.UserId).HasMaxLength(450);
        member.Property(m => m.Email).HasMaxLength(256);
        member.HasOne<MerchantRole>().WithMany().HasForeignKey(m => m.RoleId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => m.UserId).IsUnique();
        member.HasOne<Merchant>().WithMany().HasForeignKey(m => m.MerchantId).OnDelete(DeleteBehavior.Cascade);

        var role = modelBuilder.Entity<MerchantRole>();
        role.ToTable("MerchantRoles");
        role.Property(r => r.Name).HasMaxLength(100);
        role.Property(r => r.Template).HasMaxLength(50);
        role.Property(r => r.Permissions).HasMaxLength(4000);
        role.HasIndex(r => new { r.MerchantId, r.Name }).IsUnique();
        role.HasOne<Merchant>().WithMany().HasForeignKey(r => r.MerchantId).OnDelete(DeleteBehavior.Cascade);

        var requirement = modelBuilder.Entity<LicenceRequirement>();
        requirement.ToTable("LicenceRequirements");
        requirement.Property(r => r.Code).HasMaxLength(50);
        requirement.Property(r => r.Name).HasMaxLength(200);
        requirement.HasIndex(r => r.Code).IsUnique();

        var licence = modelBuilder.Entity<MerchantLicence>();
        licence.ToTable("MerchantLicences");
        licence.Property(l => l.Code).HasMaxLength(50);
        licence.Property(l => l.Name).HasMaxLength(200);
        licence.Property(l => l.Number).HasMaxLength(100);
        licence.HasIndex(l => l.ApplicationId);
        licence.HasIndex(l => l.MerchantId);

        var rule = modelBuilder.Entity<DepositRule>();
        rule.ToTable("DepositRules");
        rule.Property(r => r.Category).HasMaxLength(100);
        rule.Property(r => r.Amount).HasPrecision(18, 2);
        rule.HasIndex(r => r.Category).IsUnique();

        var entry = modelBuilder.Entity<DepositEntry>();
        entry.ToTable("DepositEntries");
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Amount).HasPrecision(18, 2);
        entry.Property(e => e.Reference).HasMaxLength(100);
        entry.Property(e => e.Note).HasMaxLength(500);
        entry.Property(e => e.RecordedBy).HasMaxLength(256);
        entry.HasIndex(e => e.MerchantId);
        entry.HasOne<Merchant>().WithMany().HasForeignKey(e => e.MerchantId).OnDelete(DeleteBehavior.Cascade);

        var version = modelBuilder.Entity<AgreementVersion>();
        version.ToTable("AgreementVersions");
        version.Property(v => v.Title).HasMaxLength(200);
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.HasIndex(v => v.Version).IsUnique();

        var acceptance = modelBuilder.Entity<AgreementAcceptance>();
        acceptance.ToTable("AgreementAcceptances");
        acceptance.Property(a => a.UserId).HasMaxLength(450);
        acceptance.Property(a => a.UserEmail).HasMaxLength(256);
        acceptance.Property(a => a.IpAddress).HasMaxLength(45);
        acceptance.HasIndex(a => new { a.MerchantId, a.Version });
        acceptance.HasOne<Merchant>().WithMany().HasForeignKey(a => a.MerchantId).OnDelete(DeleteBehavior.Cascade);
    }
}
