using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

/// <summary>Units of a SKU held by unpaid orders; existing SKUs start with none held.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261210000100_CatalogStockReservations")]
public sealed class CatalogStockReservations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "Reserved", table: "Skus", nullable: false, defaultValue: 0);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "Reserved", table: "Skus");
}
