using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Companies.Data.Migrations;

[DbContext(typeof(CompaniesDbContext))]
[Migration("20261127000001_CompanyVerificationAndSettings")]
public sealed class CompanyVerificationAndSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Companies registered before verification existed start unverified, like new ones.
        migrationBuilder.AddColumn<string>(name: "VerificationStatus", table: "Companies", maxLength: 20, nullable: false, defaultValue: "Unverified");
        migrationBuilder.AddColumn<string>(name: "RejectionReason", table: "Companies", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReviewedBy", table: "Companies", maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "ReviewedUtc", table: "Companies", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Companies_VerificationStatus", table: "Companies", column: "VerificationStatus");
        migrationBuilder.CreateTable(
            name: "CompanySettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                RequireVerification = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CompanySettings", s => s.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CompanySettings");
        migrationBuilder.DropIndex(name: "IX_Companies_VerificationStatus", table: "Companies");
        migrationBuilder.DropColumn(name: "ReviewedUtc", table: "Companies");
        migrationBuilder.DropColumn(name: "ReviewedBy", table: "Companies");
        migrationBuilder.DropColumn(name: "RejectionReason", table: "Companies");
        migrationBuilder.DropColumn(name: "VerificationStatus", table: "Companies");
    }
}
