using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

/// <summary>Each SKU's own low-stock alert level; existing SKUs keep the marketplace default (null).</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261220000100_CatalogSkuLowStockAlert")]
public sealed class CatalogSkuLowStockAlert : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>(name: "LowStockAlert", table: "Skus", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "LowStockAlert", table: "Skus");
}
