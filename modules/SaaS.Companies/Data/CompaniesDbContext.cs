using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Companies;

namespace SaaS.Companies.Data;

public sealed class CompaniesDbContext(DbContextOptions<CompaniesDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Companies";

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyMember> Members => Set<CompanyMember>();

    public DbSet<CompanyAddress> Addresses => Set<CompanyAddress>();

    public DbSet<InvoiceTitle> InvoiceTitles => Set<InvoiceTitle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var company = modelBuilder.Entity<Company>();
        company.ToTable("Companies");
        company.Property(c => c.Name).HasMaxLength(200);
        company.Property(c => c.CreditCode).HasMaxLength(18);
        company.HasIndex(c => c.CreditCode).IsUnique();

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
    }
}
