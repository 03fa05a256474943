using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261201000200_CatalogImportHeartbeat")]
public sealed class CatalogImportHeartbeat : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTimeOffset>(name: "HeartbeatUtc", table: "ProductImports", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "HeartbeatUtc", table: "ProductImports");
}
