using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Payments.Data.Migrations;

/// <summary>
/// The ledger (append-only: the database itself refuses to change or delete a journal row), commission rules and
/// per-line commissions, payments' account of orders, payments, refunds, settings, handled webhooks and settlements.
/// </summary>
[DbContext(typeof(PaymentsDbContext))]
[Migration("20261220000100_PaymentsInitial")]
public sealed class PaymentsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "JournalEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PostedUtc = table.Column<DateTimeOffset>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                SourceType = table.Column<string>(maxLength: 20, nullable: false),
                SourceId = table.Column<Guid>(nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 80, nullable: false),
                Memo = table.Column<string>(maxLength: 300, nullable: false),
                ReversesId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JournalEntries", e => e.Id));
        migrationBuilder.CreateIndex(name: "IX_JournalEntries_IdempotencyKey", table: "JournalEntries", column: "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_JournalEntries_SourceType_SourceId", table: "JournalEntries", columns: ["SourceType", "SourceId"]);

        migrationBuilder.CreateTable(
            name: "JournalLines",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EntryId = table.Column<Guid>(nullable: false),
                Account = table.Column<string>(maxLength: 60, nullable: false),
                Debit = table.Column<long>(nullable: false),
                Credit = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JournalLines", l => l.Id);
                table.ForeignKey("FK_JournalLines_JournalEntries_EntryId", l => l.EntryId, "JournalEntries", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_JournalLines_Account", table: "JournalLines", column: "Account");
        migrationBuilder.CreateIndex(name: "IX_JournalLines_EntryId", table: "JournalLines", column: "EntryId");
        AppendOnly(migrationBuilder, "JournalEntries");
        AppendOnly(migrationBuilder, "JournalLines");

        migrationBuilder.CreateTable(
            name: "CommissionRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: true),
                CategoryId = table.Column<Guid>(nullable: true),
                RatePercent = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
                MinimumPerLine = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                EffectiveFrom = table.Column<DateOnly>(nullable: false),
                EffectiveTo = table.Column<DateOnly>(nullable: true),
                Note = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CommissionRules", r => r.Id));

        migrationBuilder.CreateTable(
            name: "OrderAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CheckoutId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                PaymentMethod = table.Column<string>(maxLength: 40, nullable: false),
                Total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Refunded = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                CommissionRefunded = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                PaymentId = table.Column<Guid>(nullable: true),
                PlacedUtc = table.Column<DateTimeOffset>(nullable: false),
                PaidUtc = table.Column<DateTimeOffset>(nullable: true),
                CompletedUtc = table.Column<DateTimeOffset>(nullable: true),
                StatementId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OrderAccounts", a => a.Id));
        migrationBuilder.CreateIndex(name: "IX_OrderAccounts_CheckoutId", table: "OrderAccounts", column: "CheckoutId");
        migrationBuilder.CreateIndex(name: "IX_OrderAccounts_MerchantId_State", table: "OrderAccounts", columns: ["MerchantId", "State"]);
        migrationBuilder.CreateIndex(name: "IX_OrderAccounts_CompanyId_State", table: "OrderAccounts", columns: ["CompanyId", "State"]);

        migrationBuilder.CreateTable(
            name: "LineCommissions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                SkuId = table.Column<Guid>(nullable: false),
                CategoryId = table.Column<Guid>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                LineTotal = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                RuleId = table.Column<Guid>(nullable: true),
                RatePercent = table.Column<decimal>(precision: 5, scale: 2, nullable: false),
                MinimumPerLine = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LineCommissions", c => c.Id);
                table.ForeignKey("FK_LineCommissions_OrderAccounts_OrderId", c => c.OrderId, "OrderAccounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_LineCommissions_OrderId", table: "LineCommissions", column: "OrderId");
        migrationBuilder.CreateIndex(name: "IX_LineCommissions_RuleId", table: "LineCommissions", column: "RuleId");

        migrationBuilder.CreateTable(
            name: "AfterSalesHolds",
            columns: table => new
            {
                AfterSalesId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AfterSalesHolds", h => h.AfterSalesId));
        migrationBuilder.CreateIndex(name: "IX_AfterSalesHolds_OrderId", table: "AfterSalesHolds", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "Payments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Method = table.Column<string>(maxLength: 40, nullable: false),
                Purpose = table.Column<string>(maxLength: 20, nullable: false),
                CompanyId = table.Column<Guid>(nullable: true),
                MerchantId = table.Column<Guid>(nullable: true),
                CheckoutId = table.Column<Guid>(nullable: true),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Received = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 200, nullable: true),
                ChargeId = table.Column<string>(maxLength: 200, nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                SucceededUtc = table.Column<DateTimeOffset>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Payments", p => p.Id));
        migrationBuilder.CreateIndex(name: "IX_Payments_ProviderReference", table: "Payments", column: "ProviderReference");
        migrationBuilder.CreateIndex(name: "IX_Payments_Method_State", table: "Payments", columns: ["Method", "State"]);
        migrationBuilder.CreateIndex(name: "IX_Payments_CompanyId", table: "Payments", column: "CompanyId");

        migrationBuilder.CreateTable(
            name: "PaymentOrders",
            columns: table => new
            {
                PaymentId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentOrders", o => new { o.PaymentId, o.OrderId });
                table.ForeignKey("FK_PaymentOrders_Payments_PaymentId", o => o.PaymentId, "Payments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PaymentOrders_OrderId", table: "PaymentOrders", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "Refunds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: true),
                AfterSalesId = table.Column<Guid>(nullable: true),
                Method = table.Column<string>(maxLength: 40, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                MerchantShare = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                CommissionShare = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                ProviderReference = table.Column<string>(maxLength: 200, nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                SentUtc = table.Column<DateTimeOffset>(nullable: true),
                StatementId = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Refunds", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_Refunds_OrderId", table: "Refunds", column: "OrderId");
        migrationBuilder.CreateIndex(name: "IX_Refunds_State", table: "Refunds", column: "State");
        migrationBuilder.CreateIndex(name: "IX_Refunds_MerchantId_StatementId", table: "Refunds", columns: ["MerchantId", "StatementId"]);

        migrationBuilder.CreateTable(
            name: "PaymentSettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                StripePublishableKey = table.Column<string>(maxLength: 200, nullable: true),
                StripeSecretKeyProtected = table.Column<string>(maxLength: 2000, nullable: true),
                StripeWebhookSecretProtected = table.Column<string>(maxLength: 2000, nullable: true),
                SettlementDelayDays = table.Column<int>(nullable: false),
                SettlementWeekday = table.Column<string>(maxLength: 10, nullable: false),
                RemittanceAccount = table.Column<string>(maxLength: 500, nullable: true),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PaymentSettings", s => s.Id));

        migrationBuilder.CreateTable(
            name: "WebhookEvents",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 100, nullable: false),
                Type = table.Column<string>(maxLength: 100, nullable: false),
                ReceivedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookEvents", w => w.Id));

        migrationBuilder.CreateTable(
            name: "MerchantPayoutAccounts",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                StripeAccountId = table.Column<string>(maxLength: 100, nullable: true),
                BankName = table.Column<string>(maxLength: 200, nullable: true),
                BankAccountName = table.Column<string>(maxLength: 200, nullable: true),
                BankAccountNumber = table.Column<string>(maxLength: 64, nullable: true),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MerchantPayoutAccounts", a => a.MerchantId));

        migrationBuilder.CreateTable(
            name: "SettlementRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PeriodKey = table.Column<string>(maxLength: 60, nullable: false),
                CutoffUtc = table.Column<DateTimeOffset>(nullable: false),
                StartedUtc = table.Column<DateTimeOffset>(nullable: false),
                FinishedUtc = table.Column<DateTimeOffset>(nullable: true),
                StartedBy = table.Column<string>(maxLength: 256, nullable: false),
                Statements = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SettlementRuns", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_SettlementRuns_PeriodKey", table: "SettlementRuns", column: "PeriodKey", unique: true);

        migrationBuilder.CreateTable(
            name: "Statements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RunId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 40, nullable: false),
                CutoffUtc = table.Column<DateTimeOffset>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                Sales = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Refunds = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Adjustments = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Net = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Statements", s => s.Id));
        migrationBuilder.CreateIndex(name: "IX_Statements_RunId_MerchantId", table: "Statements", columns: ["RunId", "MerchantId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Statements_MerchantId", table: "Statements", column: "MerchantId");
        migrationBuilder.CreateIndex(name: "IX_Statements_Number", table: "Statements", column: "Number", unique: true);

        migrationBuilder.CreateTable(
            name: "StatementLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StatementId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                RefundId = table.Column<Guid>(nullable: true),
                Sales = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Commission = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Refunds = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Net = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementLines", l => l.Id);
                table.ForeignKey("FK_StatementLines_Statements_StatementId", l => l.StatementId, "Statements", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_StatementLines_StatementId", table: "StatementLines", column: "StatementId");

        migrationBuilder.CreateTable(
            name: "Payouts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                StatementId = table.Column<Guid>(nullable: true),
                MerchantId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Method = table.Column<string>(maxLength: 20, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                Reference = table.Column<string>(maxLength: 200, nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                SentUtc = table.Column<DateTimeOffset>(nullable: true),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Payouts", p => p.Id));
        migrationBuilder.CreateIndex(name: "IX_Payouts_StatementId", table: "Payouts", column: "StatementId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Payouts_MerchantId_State", table: "Payouts", columns: ["MerchantId", "State"]);

        migrationBuilder.CreateTable(
            name: "PayoutTransfers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PayoutId = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                CheckoutId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ChargeId = table.Column<string>(maxLength: 200, nullable: true),
                TransferId = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PayoutTransfers", t => t.Id);
                table.ForeignKey("FK_PayoutTransfers_Payouts_PayoutId", t => t.PayoutId, "Payouts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PayoutTransfers_PayoutId", table: "PayoutTransfers", column: "PayoutId");
    }

    /// <summary>The database refuses UPDATE and DELETE on a ledger table, whoever asks: corrections are reversing entries.</summary>
    private static void AppendOnly(MigrationBuilder migrationBuilder, string table)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql($"CREATE TRIGGER \"{table}_NoUpdate\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: post a reversing entry.'); END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"{table}_NoDelete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'The ledger is append-only: post a reversing entry.'); END;");
            return;
        }
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'The ledger is append-only: post a reversing entry.'; END $$;
            """);
        migrationBuilder.Sql($"CREATE TRIGGER \"{table}_AppendOnly\" BEFORE UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION ledger_append_only();");
    }
}
