using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Payments.Data.Migrations;

/// <summary>
/// Bank transfers (the payer's remittances with their slips, the amounts the operator confirmed or sent back, and
/// the surplus a payment leaves in buyer clearing) and credit terms (accounts, invoices, repayments and what
/// settled each invoice).
/// </summary>
[DbContext(typeof(PaymentsDbContext))]
[Migration("20261221000100_BankTransfersAndCreditTerms")]
public sealed class BankTransfersAndCreditTerms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>(name: "Unapplied", table: "Payments", precision: 18, scale: 2, nullable: false, defaultValue: 0m);
        migrationBuilder.CreateIndex(name: "IX_Payments_MerchantId", table: "Payments", column: "MerchantId");

        migrationBuilder.CreateTable(
            name: "Remittances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                Reference = table.Column<string>(maxLength: 100, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                PaidOn = table.Column<DateOnly>(nullable: false),
                SlipFile = table.Column<string>(maxLength: 100, nullable: false),
                SlipContentType = table.Column<string>(maxLength: 100, nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 256, nullable: false),
                SubmittedUtc = table.Column<DateTimeOffset>(nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                RejectionReason = table.Column<string>(maxLength: 500, nullable: true),
                ReviewedBy = table.Column<string>(maxLength: 256, nullable: true),
                ReviewedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Remittances", r => r.Id);
                table.ForeignKey("FK_Remittances_Payments_PaymentId", r => r.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Remittances_PaymentId", table: "Remittances", column: "PaymentId");

        migrationBuilder.CreateTable(
            name: "BankMovements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                BankReference = table.Column<string>(maxLength: 100, nullable: false),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecordedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BankMovements", m => m.Id);
                table.ForeignKey("FK_BankMovements_Payments_PaymentId", m => m.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_BankMovements_PaymentId", table: "BankMovements", column: "PaymentId");

        migrationBuilder.CreateTable(
            name: "CreditAccounts",
            columns: table => new
            {
                CompanyId = table.Column<Guid>(nullable: false),
                Limit = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                NetDays = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CreditAccounts", c => c.CompanyId));

        migrationBuilder.CreateTable(
            name: "CreditInvoices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 40, nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Settled = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                IssuedUtc = table.Column<DateTimeOffset>(nullable: false),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CreditInvoices", i => i.Id));
        migrationBuilder.CreateIndex(name: "IX_CreditInvoices_Number", table: "CreditInvoices", column: "Number", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CreditInvoices_OrderId", table: "CreditInvoices", column: "OrderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CreditInvoices_CompanyId_State", table: "CreditInvoices", columns: ["CompanyId", "State"]);

        migrationBuilder.CreateTable(
            name: "CreditRepayments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                BankReference = table.Column<string>(maxLength: 100, nullable: false),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecordedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CreditRepayments", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_CreditRepayments_CompanyId", table: "CreditRepayments", column: "CompanyId");

        migrationBuilder.CreateTable(
            name: "InvoiceSettlements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InvoiceId = table.Column<Guid>(nullable: false),
                SourceType = table.Column<string>(maxLength: 20, nullable: false),
                SourceId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                SettledUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InvoiceSettlements", s => s.Id);
                table.ForeignKey("FK_InvoiceSettlements_CreditInvoices_InvoiceId", s => s.InvoiceId, "CreditInvoices", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_InvoiceSettlements_InvoiceId", table: "InvoiceSettlements", column: "InvoiceId");
        migrationBuilder.CreateIndex(name: "IX_InvoiceSettlements_SourceType_SourceId", table: "InvoiceSettlements", columns: ["SourceType", "SourceId"]);
    }
}
