using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Orders.Data.Migrations;

/// <summary>Requests for quotes, their items with target and quoted prices, and the thread both sides write in.</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261210000400_Rfqs")]
public sealed class OrdersRfqs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Rfqs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 32, nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                BuyerUserId = table.Column<string>(maxLength: 450, nullable: false),
                BuyerEmail = table.Column<string>(maxLength: 256, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                DeliveryDate = table.Column<DateOnly>(nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                RequestedUtc = table.Column<DateTimeOffset>(nullable: false),
                ExpiresUtc = table.Column<DateTimeOffset>(nullable: false),
                QuotedUtc = table.Column<DateTimeOffset>(nullable: true),
                ValidUntil = table.Column<DateOnly>(nullable: true),
                Terms = table.Column<string>(maxLength: 2000, nullable: true),
                DeclineReason = table.Column<string>(maxLength: 1000, nullable: true),
                OrderId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Rfqs", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_Rfqs_Number", table: "Rfqs", column: "Number", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Rfqs_CompanyId_State", table: "Rfqs", columns: ["CompanyId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_Rfqs_MerchantId_State", table: "Rfqs", columns: ["MerchantId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_Rfqs_State", table: "Rfqs", column: "State");

        migrationBuilder.CreateTable(
            name: "RfqItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RfqId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                SkuCode = table.Column<string>(maxLength: 64, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                TargetPrice = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RfqItems", i => i.Id);
                table.ForeignKey("FK_RfqItems_Rfqs_RfqId", i => i.RfqId, "Rfqs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RfqItems_RfqId", table: "RfqItems", column: "RfqId");

        migrationBuilder.CreateTable(
            name: "RfqMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RfqId = table.Column<Guid>(nullable: false),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
                Side = table.Column<string>(maxLength: 20, nullable: false),
                Author = table.Column<string>(maxLength: 450, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Body = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RfqMessages", m => m.Id);
                table.ForeignKey("FK_RfqMessages_Rfqs_RfqId", m => m.RfqId, "Rfqs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RfqMessages_RfqId", table: "RfqMessages", column: "RfqId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RfqMessages");
        migrationBuilder.DropTable(name: "RfqItems");
        migrationBuilder.DropTable(name: "Rfqs");
    }
}
