using Microsoft.EntityFrameworkCore;
using SaaS.Companies.Companies;

namespace SaaS.Companies.Data;

public sealed class CompaniesDbContext(DbContextOptions<CompaniesDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Companies";

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyMember> Members => Set<CompanyMember>();

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
    }
}
