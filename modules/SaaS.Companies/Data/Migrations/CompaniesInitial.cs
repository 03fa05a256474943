using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Companies.Data.Migrations;

[DbContext(typeof(CompaniesDbContext))]
[Migration("20261126000001_CompaniesInitial")]
public sealed class CompaniesInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Companies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                CreditCode = table.Column<string>(maxLength: 18, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Companies", c => c.Id));
        migrationBuilder.CreateTable(
            name: "CompanyMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                JoinedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompanyMembers", m => m.Id);
                table.ForeignKey("FK_CompanyMembers_Companies_CompanyId", m => m.CompanyId, "Companies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Companies_CreditCode", table: "Companies", column: "CreditCode", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CompanyMembers_UserId", table: "CompanyMembers", column: "UserId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CompanyMembers_CompanyId", table: "CompanyMembers", column: "CompanyId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CompanyMembers");
        migrationBuilder.DropTable(name: "Companies");
    }
}
