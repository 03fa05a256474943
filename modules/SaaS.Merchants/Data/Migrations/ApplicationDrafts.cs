using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Merchants.Data.Migrations;

[DbContext(typeof(MerchantsDbContext))]
[Migration("20261127000002_ApplicationDrafts")]
public sealed class ApplicationDrafts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "DraftTokenHash", table: "MerchantApplications", maxLength: 64, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "DraftTokenHash", table: "MerchantApplications");
}
