using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Decoration.Data.Migrations;

[DbContext(typeof(DecorationDbContext))]
[Migration("20261201000300_DecorationInitial")]
public sealed class DecorationInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DecoratedPages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 60, nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: false),
                DraftBlocks = table.Column<string>(nullable: false),
                DraftUpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                PublishedVersion = table.Column<int>(nullable: true),
                Revision = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DecoratedPages", p => p.Id));
        migrationBuilder.CreateIndex(name: "IX_DecoratedPages_MerchantId_Slug", table: "DecoratedPages", columns: ["MerchantId", "Slug"], unique: true);

        migrationBuilder.CreateTable(
            name: "DecoratedPageVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PageId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Blocks = table.Column<string>(nullable: false),
                Title = table.Column<string>(maxLength: 100, nullable: false),
                PublishedUtc = table.Column<DateTimeOffset>(nullable: false),
                PublishedBy = table.Column<string>(maxLength: 256, nullable: false),
                RestoredFrom = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DecoratedPageVersions", v => v.Id);
                table.ForeignKey("FK_DecoratedPageVersions_DecoratedPages_PageId", v => v.PageId, "DecoratedPages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DecoratedPageVersions_PageId_Version", table: "DecoratedPageVersions", columns: ["PageId", "Version"], unique: true);

        migrationBuilder.CreateTable(
            name: "ShopAppearances",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                LogoUrl = table.Column<string>(maxLength: 500, nullable: true),
                BannerUrl = table.Column<string>(maxLength: 500, nullable: true),
                BrandColor = table.Column<string>(maxLength: 7, nullable: true),
                Navigation = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ShopAppearances", a => a.MerchantId));

        migrationBuilder.CreateTable(
            name: "ShopInquiries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Company = table.Column<string>(maxLength: 200, nullable: false),
                Contact = table.Column<string>(maxLength: 200, nullable: false),
                Message = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ShopInquiries", i => i.Id));
        migrationBuilder.CreateIndex(name: "IX_ShopInquiries_MerchantId", table: "ShopInquiries", column: "MerchantId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ShopInquiries");
        migrationBuilder.DropTable(name: "ShopAppearances");
        migrationBuilder.DropTable(name: "DecoratedPageVersions");
        migrationBuilder.DropTable(name: "DecoratedPages");
    }
}
