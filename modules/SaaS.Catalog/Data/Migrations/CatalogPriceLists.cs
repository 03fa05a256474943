using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261128000200_CatalogPriceLists")]
public sealed class CatalogPriceLists : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PriceLists",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                DiscountPercent = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PriceLists", l => l.Id));
        migrationBuilder.CreateIndex(name: "IX_PriceLists_MerchantId_Name", table: "PriceLists", columns: ["MerchantId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "PriceListCompanies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PriceListId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PriceListCompanies", c => c.Id);
                table.ForeignKey("FK_PriceListCompanies_PriceLists_PriceListId", c => c.PriceListId, "PriceLists", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PriceListCompanies_PriceListId_CompanyId", table: "PriceListCompanies", columns: ["PriceListId", "CompanyId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_PriceListCompanies_CompanyId", table: "PriceListCompanies", column: "CompanyId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PriceListCompanies");
        migrationBuilder.DropTable(name: "PriceLists");
    }
}
