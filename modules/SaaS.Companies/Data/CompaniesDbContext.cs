using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Companies;
using SaaS.Companies.Verification;

namespace SaaS.Companies.Data;

public sealed class CompaniesDbContext(DbContextOptions<CompaniesDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Companies";

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyMember> Members => Set<CompanyMember>();

    public DbSet<CompanyAddress> Addresses => Set<CompanyAddress>();

    public DbSet<InvoiceTitle> InvoiceTitles => Set<InvoiceTitle>();

    public DbSet<CompanySettings> Settings => Set<CompanySettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var company = modelBuilder.Entity<Company>();
        company.ToTable("Companies");
        company.Property(c => c.Name).HasMaxLength(200);
        company.Property(c => c.CreditCode).HasMaxLength(18);
        company.HasIndex(c => c.CreditCode).IsUnique();
        company.Property(c => c.VerificationStatus).HasConversion<string>().HasMaxLength(20);
        company.Property(c => c.RejectionReason).HasMaxLength(1000);
        company.Property(c => c.ReviewedBy).HasMaxLength(256);
        company.HasIndex(c => c.VerificationStatus);

        var member = modelBuilder.Entity<CompanyMember>();
        member.ToTable("CompanyMembers");
        member.Property(m => m.UserId).HasMaxLength(450);
        member.Property(m => m.Email).HasMaxLength(256);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        member.HasIndex(m => m.UserId).IsUnique();
        member.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);

        var address = modelBuilder.Entity<CompanyAddress>();
        address.ToTable("CompanyAddresses");
        address.Property(a => a.Label).HasMaxLength(50);
        address.Property(a => a.Recipient).HasMaxLength(100);
        address.Property(a => a.Phone).HasMaxLength(20);
        address.Property(a => a.Region).HasMaxLength(100);
        address.Property(a => a.Street).HasMaxLength(300);
        address.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);

        var invoice = modelBuilder.Entity<InvoiceTitle>();
        invoice.ToTable("InvoiceTitles");
        invoice.Property(t => t.Title).HasMaxLength(200);
        invoice.Property(t => t.TaxId).HasMaxLength(18);
        invoice.Property(t => t.Bank).HasMaxLength(100);
        invoice.Property(t => t.BankAccount).HasMaxLength(40);
        invoice.Property(t => t.Address).HasMaxLength(300);
        invoice.Property(t => t.Phone).HasMaxLength(20);
        invoice.HasOne<Company>().WithMany().HasForeignKey(t => t.CompanyId).OnDelete(DeleteBehavior.Cascade);

        var settings = modelBuilder.Entity<CompanySettings>();
        settings.ToTable("CompanySettings");
        // One row with a known id: nothing to generate, and no identity column to declare per provider.
        settings.Property(s => s.Id).ValueGeneratedNever();
    }
}
