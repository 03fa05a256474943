using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

/// <summary>Categories whose products only verified buyer companies see (prescription drugs); existing categories stay open to everyone.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261205000100_CatalogVerifiedBuyersOnly")]
public sealed class CatalogVerifiedBuyersOnly : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>(name: "VerifiedBuyersOnly", table: "Categories", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "VerifiedBuyersOnly", table: "Categories");
}
