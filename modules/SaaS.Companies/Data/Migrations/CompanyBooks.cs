using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Companies.Data.Migrations;

[DbContext(typeof(CompaniesDbContext))]
[Migration("20261126000002_CompanyBooks")]
public sealed class CompanyBooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CompanyAddresses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(maxLength: 50, nullable: false),
                Recipient = table.Column<string>(maxLength: 100, nullable: false),
                Phone = table.Column<string>(maxLength: 20, nullable: false),
                Region = table.Column<string>(maxLength: 100, nullable: false),
                Street = table.Column<string>(maxLength: 300, nullable: false),
                IsDefault = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompanyAddresses", a => a.Id);
                table.ForeignKey("FK_CompanyAddresses_Companies_CompanyId", a => a.CompanyId, "Companies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "InvoiceTitles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                TaxId = table.Column<string>(maxLength: 18, nullable: false),
                Bank = table.Column<string>(maxLength: 100, nullable: false),
                BankAccount = table.Column<string>(maxLength: 40, nullable: false),
                Address = table.Column<string>(maxLength: 300, nullable: false),
                Phone = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InvoiceTitles", t => t.Id);
                table.ForeignKey("FK_InvoiceTitles_Companies_CompanyId", t => t.CompanyId, "Companies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_CompanyAddresses_CompanyId", table: "CompanyAddresses", column: "CompanyId");
        migrationBuilder.CreateIndex(name: "IX_InvoiceTitles_CompanyId", table: "InvoiceTitles", column: "CompanyId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "InvoiceTitles");
        migrationBuilder.DropTable(name: "CompanyAddresses");
    }
}
