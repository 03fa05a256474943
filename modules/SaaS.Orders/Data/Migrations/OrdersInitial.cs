using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Orders.Data.Migrations;

[DbContext(typeof(OrdersDbContext))]
[Migration("20261210000200_OrdersInitial")]
public sealed class OrdersInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CartLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                SavedForLater = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CartLines", l => l.Id));
        migrationBuilder.CreateIndex(name: "IX_CartLines_CompanyId_SkuId", table: "CartLines", columns: ["CompanyId", "SkuId"], unique: true);

        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CheckoutId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                BuyerUserId = table.Column<string>(maxLength: 450, nullable: false),
                BuyerEmail = table.Column<string>(maxLength: 256, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                PaymentMethod = table.Column<string>(maxLength: 40, nullable: false),
                PoNumber = table.Column<string>(maxLength: 64, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                RequestedDeliveryDate = table.Column<DateOnly>(nullable: true),
                InvoiceType = table.Column<string>(maxLength: 20, nullable: false),
                InvoiceTitle = table.Column<string>(maxLength: 2000, nullable: true),
                ShipTo = table.Column<string>(maxLength: 2000, nullable: false),
                PlacedUtc = table.Column<DateTimeOffset>(nullable: false),
                PaymentDueUtc = table.Column<DateTimeOffset>(nullable: false),
                PaymentReference = table.Column<string>(maxLength: 200, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Orders", o => o.Id));
        migrationBuilder.CreateIndex(name: "IX_Orders_CheckoutId", table: "Orders", column: "CheckoutId");
        migrationBuilder.CreateIndex(name: "IX_Orders_CompanyId_State", table: "Orders", columns: ["CompanyId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_Orders_MerchantId_State", table: "Orders", columns: ["MerchantId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_Orders_State", table: "Orders", column: "State");

        migrationBuilder.CreateTable(
            name: "OrderLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                SkuCode = table.Column<string>(maxLength: 64, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Unit = table.Column<string>(maxLength: 20, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                UnitPrice = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                LineTotal = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Shipped = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", l => l.Id);
                table.ForeignKey("FK_OrderLines_Orders_OrderId", l => l.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderLines_OrderId", table: "OrderLines", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "OrderEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Detail = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderEvents", e => e.Id);
                table.ForeignKey("FK_OrderEvents_Orders_OrderId", e => e.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderEvents_OrderId", table: "OrderEvents", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "Shipments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Carrier = table.Column<string>(maxLength: 100, nullable: false),
                TrackingNumber = table.Column<string>(maxLength: 100, nullable: false),
                ShippedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Shipments", s => s.Id);
                table.ForeignKey("FK_Shipments_Orders_OrderId", s => s.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Shipments_OrderId", table: "Shipments", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "ShipmentItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ShipmentId = table.Column<Guid>(nullable: false),
                OrderLineId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ShipmentItems", i => i.Id);
                table.ForeignKey("FK_ShipmentItems_Shipments_ShipmentId", i => i.ShipmentId, "Shipments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ShipmentItems_ShipmentId", table: "ShipmentItems", column: "ShipmentId");
        migrationBuilder.CreateIndex(name: "IX_ShipmentItems_OrderLineId", table: "ShipmentItems", column: "OrderLineId");

        migrationBuilder.CreateTable(
            name: "CompanyOrderRules",
            columns: table => new
            {
                CompanyId = table.Column<Guid>(nullable: false),
                ApprovalThreshold = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CompanyOrderRules", r => r.CompanyId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CompanyOrderRules");
        migrationBuilder.DropTable(name: "ShipmentItems");
        migrationBuilder.DropTable(name: "Shipments");
        migrationBuilder.DropTable(name: "OrderEvents");
        migrationBuilder.DropTable(name: "OrderLines");
        migrationBuilder.DropTable(name: "CartLines");
        migrationBuilder.DropTable(name: "Orders");
    }
}
