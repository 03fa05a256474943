using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261128000300_CatalogProductImages")]
public sealed class CatalogProductImages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductImages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Width = table.Column<int>(nullable: false),
                Height = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImages", i => i.Id);
                table.ForeignKey("FK_ProductImages_Products_ProductId", i => i.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ProductImages_ProductId_Position", table: "ProductImages", columns: ["ProductId", "Position"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ProductImages");
}
