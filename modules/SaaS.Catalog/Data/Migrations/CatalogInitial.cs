using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261127000100_CatalogInitial")]
public sealed class CatalogInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Categories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Slug = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Categories", c => c.Id);
                table.ForeignKey("FK_Categories_Categories_ParentId", c => c.ParentId, "Categories", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Categories_Slug", table: "Categories", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Categories_ParentId", table: "Categories", column: "ParentId");

        migrationBuilder.CreateTable(
            name: "AttributeDefinitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: true),
                Options = table.Column<string>(maxLength: 2000, nullable: false),
                Required = table.Column<bool>(nullable: false),
                Filterable = table.Column<bool>(nullable: false),
                Searchable = table.Column<bool>(nullable: false),
                Variant = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AttributeDefinitions", a => a.Id);
                table.ForeignKey("FK_AttributeDefinitions_Categories_CategoryId", a => a.CategoryId, "Categories", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AttributeDefinitions_CategoryId_Code", table: "AttributeDefinitions", columns: ["CategoryId", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 160, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Brand = table.Column<string>(maxLength: 100, nullable: false),
                Description = table.Column<string>(nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                MinOrderQuantity = table.Column<int>(nullable: false),
                OrderMultiple = table.Column<int>(nullable: false),
                LeadTimeDays = table.Column<int>(nullable: false),
                Attributes = table.Column<string>(maxLength: 8000, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                RejectionReason = table.Column<string>(maxLength: 1000, nullable: true),
                PriceFrom = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Stock = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                PublishedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", p => p.Id);
                table.ForeignKey("FK_Products_Categories_CategoryId", p => p.CategoryId, "Categories", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Products_Slug", table: "Products", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Products_MerchantId_Status", table: "Products", columns: ["MerchantId", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_Products_CategoryId_Status", table: "Products", columns: ["CategoryId", "Status"]);

        migrationBuilder.CreateTable(
            name: "Skus",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 64, nullable: false),
                Variant = table.Column<string>(maxLength: 1000, nullable: false),
                Stock = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Skus", s => s.Id);
                table.ForeignKey("FK_Skus_Products_ProductId", s => s.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Skus_Code", table: "Skus", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Skus_ProductId", table: "Skus", column: "ProductId");

        migrationBuilder.CreateTable(
            name: "PriceTiers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                MinQuantity = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PriceTiers", t => t.Id);
                table.ForeignKey("FK_PriceTiers_Skus_SkuId", t => t.SkuId, "Skus", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PriceTiers_SkuId_MinQuantity", table: "PriceTiers", columns: ["SkuId", "MinQuantity"], unique: true);

        migrationBuilder.CreateTable(
            name: "CatalogSettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                RequireReview = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CatalogSettings", s => s.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CatalogSettings", "PriceTiers", "Skus", "Products", "AttributeDefinitions", "Categories" }) migrationBuilder.DropTable(name: table);
    }
}
