using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261128000100_CatalogProductImports")]
public sealed class CatalogProductImports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProductImports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                FileName = table.Column<string>(maxLength: 260, nullable: false),
                Format = table.Column<string>(maxLength: 10, nullable: false),
                Publish = table.Column<bool>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Total = table.Column<int>(nullable: false),
                Processed = table.Column<int>(nullable: false),
                Imported = table.Column<int>(nullable: false),
                ErrorCount = table.Column<int>(nullable: false),
                Failure = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                FinishedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ProductImports", i => i.Id));
        migrationBuilder.CreateIndex(name: "IX_ProductImports_MerchantId", table: "ProductImports", column: "MerchantId");

        migrationBuilder.CreateTable(
            name: "ProductImportErrors",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ImportId = table.Column<Guid>(nullable: false),
                Row = table.Column<int>(nullable: false),
                Column = table.Column<string>(maxLength: 100, nullable: false),
                Message = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProductImportErrors", e => e.Id);
                table.ForeignKey("FK_ProductImportErrors_ProductImports_ImportId", e => e.ImportId, "ProductImports", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ProductImportErrors_ImportId_Row", table: "ProductImportErrors", columns: ["ImportId", "Row"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ProductImportErrors");
        migrationBuilder.DropTable(name: "ProductImports");
    }
}
