using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Orders.Data.Migrations;

[DbContext(typeof(OrdersDbContext))]
[Migration("20261210000300_AfterSalesRequests")]
public sealed class AfterSalesRequests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "AfterSalesId", table: "OrderEvents", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_OrderEvents_AfterSalesId", table: "OrderEvents", column: "AfterSalesId");

        migrationBuilder.CreateTable(
            name: "AfterSalesRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                RequestedBy = table.Column<string>(maxLength: 256, nullable: false),
                RequestedUtc = table.Column<DateTimeOffset>(nullable: false),
                ClaimedAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                RefundAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                RejectionReason = table.Column<string>(maxLength: 1000, nullable: true),
                ReturnCarrier = table.Column<string>(maxLength: 100, nullable: true),
                ReturnTrackingNumber = table.Column<string>(maxLength: 100, nullable: true),
                RefundReference = table.Column<string>(maxLength: 200, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AfterSalesRequests", r => r.Id);
                table.ForeignKey("FK_AfterSalesRequests_Orders_OrderId", r => r.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AfterSalesRequests_OrderId", table: "AfterSalesRequests", column: "OrderId");
        migrationBuilder.CreateIndex(name: "IX_AfterSalesRequests_MerchantId_State", table: "AfterSalesRequests", columns: ["MerchantId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_AfterSalesRequests_CompanyId_State", table: "AfterSalesRequests", columns: ["CompanyId", "State"]);

        migrationBuilder.CreateTable(
            name: "AfterSalesItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RequestId = table.Column<Guid>(nullable: false),
                OrderLineId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AfterSalesItems", i => i.Id);
                table.ForeignKey("FK_AfterSalesItems_AfterSalesRequests_RequestId", i => i.RequestId, "AfterSalesRequests", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AfterSalesItems_RequestId", table: "AfterSalesItems", column: "RequestId");
        migrationBuilder.CreateIndex(name: "IX_AfterSalesItems_OrderLineId", table: "AfterSalesItems", column: "OrderLineId");

        migrationBuilder.CreateTable(
            name: "AfterSalesPhotos",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                RequestId = table.Column<Guid>(nullable: true),
                FileName = table.Column<string>(maxLength: 100, nullable: false),
                UploadedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AfterSalesPhotos", p => p.Id);
                table.ForeignKey("FK_AfterSalesPhotos_Orders_OrderId", p => p.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AfterSalesPhotos_AfterSalesRequests_RequestId", p => p.RequestId, "AfterSalesRequests", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex(name: "IX_AfterSalesPhotos_OrderId", table: "AfterSalesPhotos", column: "OrderId");
        migrationBuilder.CreateIndex(name: "IX_AfterSalesPhotos_RequestId", table: "AfterSalesPhotos", column: "RequestId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AfterSalesPhotos");
        migrationBuilder.DropTable(name: "AfterSalesItems");
        migrationBuilder.DropTable(name: "AfterSalesRequests");
        migrationBuilder.DropIndex(name: "IX_OrderEvents_AfterSalesId", table: "OrderEvents");
        migrationBuilder.DropColumn(name: "AfterSalesId", table: "OrderEvents");
    }
}
