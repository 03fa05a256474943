using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Merchants.Data.Migrations;

[DbContext(typeof(MerchantsDbContext))]
[Migration("20261126000002_MerchantMembers")]
public sealed class MerchantMembers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MerchantMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                IsOwner = table.Column<bool>(nullable: false),
                JoinedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MerchantMembers", m => m.Id);
                table.ForeignKey("FK_MerchantMembers_Merchants_MerchantId", m => m.MerchantId, "Merchants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_MerchantMembers_UserId", table: "MerchantMembers", column: "UserId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_MerchantMembers_MerchantId", table: "MerchantMembers", column: "MerchantId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "MerchantMembers");
}
