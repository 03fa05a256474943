using Microsoft.EntityFrameworkCore;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Commissions;
using SaaS.Payments.Credit;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;
using SaaS.Payments.Refunds;
using SaaS.Payments.Settlement;
using SaaS.Payments.Stripe;

namespace SaaS.Payments.Data;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Payments";

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<JournalLine> JournalLines => Set<JournalLine>();

    public DbSet<CommissionRule> CommissionRules => Set<CommissionRule>();

    public DbSet<OrderAccount> OrderAccounts => Set<OrderAccount>();

    public DbSet<LineCommission> LineCommissions => Set<LineCommission>();

    public DbSet<AfterSalesHold> AfterSalesHolds => Set<AfterSalesHold>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentOrder> PaymentOrders => Set<PaymentOrder>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<PaymentSettings> Settings => Set<PaymentSettings>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<MerchantPayoutAccount> PayoutAccounts => Set<MerchantPayoutAccount>();

    public DbSet<SettlementRun> SettlementRuns => Set<SettlementRun>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<StatementLine> StatementLines => Set<StatementLine>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<PayoutTransfer> PayoutTransfers => Set<PayoutTransfer>();

    public DbSet<Remittance> Remittances => Set<Remittance>();

    public DbSet<BankMovement> BankMovements => Set<BankMovement>();

    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();

    public DbSet<CreditInvoice> CreditInvoices => Set<CreditInvoice>();

    public DbSet<CreditRepayment> CreditRepayments => Set<CreditRepayment>();

    public DbSet<InvoiceSettlement> InvoiceSettlements => Set<InvoiceSettlement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<JournalEntry>();
        entry.ToTable("JournalEntries");
        entry.Property(e => e.Kind).HasMaxLength(40);
        entry.Property(e => e.SourceType).HasMaxLength(20);
        entry.Property(e => e.IdempotencyKey).HasMaxLength(80);
        entry.Property(e => e.Memo).HasMaxLength(300);
        entry.HasIndex(e => e.IdempotencyKey).IsUnique();
        entry.HasIndex(e => new { e.SourceType, e.SourceId });
        entry.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);

        var line = modelBuilder.Entity<JournalLine>();
        line.ToTable("JournalLines");
        line.Property(l => l.Account).HasMaxLength(60);
        line.HasIndex(l => l.Account);
        line.HasIndex(l => l.EntryId);

        var rule = modelBuilder.Entity<CommissionRule>();
        rule.ToTable("CommissionRules");
        rule.Property(r => r.RatePercent).HasPrecision(5, 2);
        rule.Property(r => r.MinimumPerLine).HasPrecision(18, 2);
        rule.Property(r => r.Note).HasMaxLength(200);

        var account = modelBuilder.Entity<OrderAccount>();
        account.ToTable("OrderAccounts");
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.PaymentMethod).HasMaxLength(40);
        account.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Total).HasPrecision(18, 2);
        account.Property(a => a.Commission).HasPrecision(18, 2);
        account.Property(a => a.Refunded).HasPrecision(18, 2);
        account.Property(a => a.CommissionRefunded).HasPrecision(18, 2);
        account.Property(a => a.Version).IsConcurrencyToken();
        account.Ignore(a => a.Net);
        account.Ignore(a => a.MerchantShare);
        account.HasIndex(a => a.CheckoutId);
        account.HasIndex(a => new { a.MerchantId, a.State });
        account.HasIndex(a => new { a.CompanyId, a.State });
        account.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);

        var commission = modelBuilder.Entity<LineCommission>();
        commission.ToTable("LineCommissions");
        commission.Property(c => c.Id).ValueGeneratedNever();
        commission.Property(c => c.LineTotal).HasPrecision(18, 2);
        commission.Property(c => c.RatePercent).HasPrecision(5, 2);
        commission.Property(c => c.MinimumPerLine).HasPrecision(18, 2);
        commission.Property(c => c.Commission).HasPrecision(18, 2);
        commission.HasIndex(c => c.RuleId);

        var hold = modelBuilder.Entity<AfterSalesHold>();
        hold.ToTable("AfterSalesHolds");
        hold.HasKey(h => h.AfterSalesId);
        hold.Property(h => h.AfterSalesId).ValueGeneratedNever();
        hold.HasIndex(h => h.OrderId);

        var payment = modelBuilder.Entity<Payment>();
        payment.ToTable("Payments");
        payment.Property(p => p.Method).HasMaxLength(40);
        payment.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(20);
        payment.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        payment.Property(p => p.Amount).HasPrecision(18, 2);
        payment.Property(p => p.Received).HasPrecision(18, 2);
        payment.Property(p => p.Unapplied).HasPrecision(18, 2);
        payment.Property(p => p.Currency).HasMaxLength(3);
        payment.Property(p => p.ProviderReference).HasMaxLength(200);
        payment.Property(p => p.ChargeId).HasMaxLength(200);
        payment.Property(p => p.LastError).HasMaxLength(1000);
        payment.Property(p => p.CreatedBy).HasMaxLength(256);
        payment.Property(p => p.Version).IsConcurrencyToken();
        payment.HasIndex(p => p.ProviderReference);
        payment.HasIndex(p => new { p.Method, p.State });
        payment.HasIndex(p => p.CompanyId);
        payment.HasIndex(p => p.MerchantId);
        payment.HasMany(p => p.Orders).WithOne().HasForeignKey(o => o.PaymentId).OnDelete(DeleteBehavior.Cascade);

        var paymentOrder = modelBuilder.Entity<PaymentOrder>();
        paymentOrder.ToTable("PaymentOrders");
        paymentOrder.HasKey(o => new { o.PaymentId, o.OrderId });
        paymentOrder.Property(o => o.Amount).HasPrecision(18, 2);
        paymentOrder.HasIndex(o => o.OrderId);

        var refund = modelBuilder.Entity<Refund>();
        refund.ToTable("Refunds");
        refund.Property(r => r.Method).HasMaxLength(40);
        refund.Property(r => r.Amount).HasPrecision(18, 2);
        refund.Property(r => r.MerchantShare).HasPrecision(18, 2);
        refund.Property(r => r.CommissionShare).HasPrecision(18, 2);
        refund.Property(r => r.Reason).HasMaxLength(500);
        refund.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        refund.Property(r => r.ProviderReference).HasMaxLength(200);
        refund.Property(r => r.LastError).HasMaxLength(1000);
        refund.Property(r => r.Version).IsConcurrencyToken();
        refund.HasIndex(r => r.OrderId);
        refund.HasIndex(r => r.State);
        refund.HasIndex(r => new { r.MerchantId, r.StatementId });

        var settings = modelBuilder.Entity<PaymentSettings>();
        settings.ToTable("PaymentSettings");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.StripePublishableKey).HasMaxLength(200);
        settings.Property(s => s.StripeSecretKeyProtected).HasMaxLength(2000);
        settings.Property(s => s.StripeWebhookSecretProtected).HasMaxLength(2000);
        settings.Property(s => s.SettlementWeekday).HasConversion<string>().HasMaxLength(10);
        settings.Property(s => s.RemittanceAccount).HasMaxLength(500);

        var webhook = modelBuilder.Entity<WebhookEvent>();
        webhook.ToTable("WebhookEvents");
        webhook.Property(w => w.Id).HasMaxLength(100);
        webhook.Property(w => w.Type).HasMaxLength(100);

        var payoutAccount = modelBuilder.Entity<MerchantPayoutAccount>();
        payoutAccount.ToTable("MerchantPayoutAccounts");
        payoutAccount.HasKey(a => a.MerchantId);
        payoutAccount.Property(a => a.MerchantId).ValueGeneratedNever();
        payoutAccount.Property(a => a.StripeAccountId).HasMaxLength(100);
        payoutAccount.Property(a => a.BankName).HasMaxLength(200);
        payoutAccount.Property(a => a.BankAccountName).HasMaxLength(200);
        payoutAccount.Property(a => a.BankAccountNumber).HasMaxLength(64);

        var run = modelBuilder.Entity<SettlementRun>();
        run.ToTable("SettlementRuns");
        run.Property(r => r.PeriodKey).HasMaxLength(60);
        run.Property(r => r.StartedBy).HasMaxLength(256);
        run.HasIndex(r => r.PeriodKey).IsUnique();

        var statement = modelBuilder.Entity<Statement>();
        statement.ToTable("Statements");
        statement.Property(s => s.Number).HasMaxLength(40);
        statement.Property(s => s.Sales).HasPrecision(18, 2);
        statement.Property(s => s.Commission).HasPrecision(18, 2);
        statement.Property(s => s.Refunds).HasPrecision(18, 2);
        statement.Property(s => s.Adjustments).HasPrecision(18, 2);
        statement.Property(s => s.Net).HasPrecision(18, 2);
        statement.HasIndex(s => new { s.RunId, s.MerchantId }).IsUnique();
        statement.HasIndex(s => s.MerchantId);
        statement.HasIndex(s => s.Number).IsUnique();
        statement.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);

        var statementLine = modelBuilder.Entity<StatementLine>();
        statementLine.ToTable("StatementLines");
        statementLine.Property(l => l.Kind).HasMaxLength(20);
        statementLine.Property(l => l.Sales).HasPrecision(18, 2);
        statementLine.Property(l => l.Commission).HasPrecision(18, 2);
        statementLine.Property(l => l.Refunds).HasPrecision(18, 2);
        statementLine.Property(l => l.Net).HasPrecision(18, 2);

        var payout = modelBuilder.Entity<Payout>();
        payout.ToTable("Payouts");
        payout.Property(p => p.Amount).HasPrecision(18, 2);
        payout.Property(p => p.Method).HasMaxLength(20);
        payout.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        payout.Property(p => p.Reference).HasMaxLength(200);
        payout.Property(p => p.LastError).HasMaxLength(1000);
        payout.Property(p => p.RecordedBy).HasMaxLength(256);
        payout.Property(p => p.Version).IsConcurrencyToken();
        payout.HasIndex(p => p.StatementId).IsUnique();
        payout.HasIndex(p => new { p.MerchantId, p.State });
        payout.HasMany(p => p.Transfers).WithOne().HasForeignKey(t => t.PayoutId).OnDelete(DeleteBehavior.Cascade);

        var transfer = modelBuilder.Entity<PayoutTransfer>();
        transfer.ToTable("PayoutTransfers");
        transfer.Property(t => t.Amount).HasPrecision(18, 2);
        transfer.Property(t => t.ChargeId).HasMaxLength(200);
        transfer.Property(t => t.TransferId).HasMaxLength(200);

        var remittance = modelBuilder.Entity<Remittance>();
        remittance.ToTable("Remittances");
        remittance.Property(r => r.Reference).HasMaxLength(100);
        remittance.Property(r => r.Amount).HasPrecision(18, 2);
        remittance.Property(r => r.SlipFile).HasMaxLength(100);
        remittance.Property(r => r.SlipContentType).HasMaxLength(100);
        remittance.Property(r => r.SubmittedBy).HasMaxLength(256);
        remittance.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        remittance.Property(r => r.RejectionReason).HasMaxLength(500);
        remittance.Property(r => r.ReviewedBy).HasMaxLength(256);
        remittance.HasIndex(r => r.PaymentId);
        remittance.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Cascade);

        var movement = modelBuilder.Entity<BankMovement>();
        movement.ToTable("BankMovements");
        movement.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        movement.Property(m => m.Amount).HasPrecision(18, 2);
        movement.Property(m => m.BankReference).HasMaxLength(100);
        movement.Property(m => m.RecordedBy).HasMaxLength(256);
        movement.HasIndex(m => m.PaymentId);
        movement.HasOne<Payment>().WithMany().HasForeignKey(m => m.PaymentId).OnDelete(DeleteBehavior.Restrict);

        var credit = modelBuilder.Entity<CreditAccount>();
        credit.ToTable("CreditAccounts");
        credit.HasKey(c => c.CompanyId);
        credit.Property(c => c.CompanyId).ValueGeneratedNever();
        credit.Property(c => c.Limit).HasPrecision(18, 2);
        credit.Property(c => c.UpdatedBy).HasMaxLength(256);
        credit.Property(c => c.Version).IsConcurrencyToken();

        var invoice = modelBuilder.Entity<CreditInvoice>();
        invoice.ToTable("CreditInvoices");
        invoice.Property(i => i.Number).HasMaxLength(40);
        invoice.Property(i => i.Amount).HasPrecision(18, 2);
        invoice.Property(i => i.Settled).HasPrecision(18, 2);
        invoice.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        invoice.Ignore(i => i.Open);
        invoice.HasIndex(i => i.Number).IsUnique();
        invoice.HasIndex(i => i.OrderId).IsUnique();
        invoice.HasIndex(i => new { i.CompanyId, i.State });

        var repayment = modelBuilder.Entity<CreditRepayment>();
        repayment.ToTable("CreditRepayments");
        repayment.Property(r => r.Amount).HasPrecision(18, 2);
        repayment.Property(r => r.BankReference).HasMaxLength(100);
        repayment.Property(r => r.RecordedBy).HasMaxLength(256);
        repayment.HasIndex(r => r.CompanyId);

        var settlement = modelBuilder.Entity<InvoiceSettlement>();
        settlement.ToTable("InvoiceSettlements");
        settlement.Property(s => s.SourceType).HasMaxLength(20);
        settlement.Property(s => s.Amount).HasPrecision(18, 2);
        settlement.HasIndex(s => s.InvoiceId);
        settlement.HasOne<CreditInvoice>().WithMany().HasForeignKey(s => s.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        settlement.HasIndex(s => new { s.SourceType, s.SourceId });
    }
}
