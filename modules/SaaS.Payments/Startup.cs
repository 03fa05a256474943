using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Admin;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Merchants;
using SaaS.Merchants.Events;
using SaaS.Modules;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;
using SaaS.Payments.Admin;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Commissions;
using SaaS.Payments.Credit;
using SaaS.Payments.Data;
using SaaS.Payments.Desk;
using SaaS.Payments.Deposits;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;
using SaaS.Payments.Refunds;
using SaaS.Payments.Storefront;
using SaaS.Payments.Stripe;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Payments;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<PaymentsDbContext>(PaymentsDbContext.MigrationsHistoryTable);
        services.AddScoped<Ledger.Ledger>();
        services.AddScoped<CommissionRules>();
        services.AddScoped<PaymentSettingsStore>();
        services.AddScoped<StripeGateway>();
        services.AddScoped<IPaymentProvider, CardProvider>();
        services.AddScoped<IPaymentProvider, BankTransferProvider>();
        services.AddScoped<PaymentBook>();
        services.AddScoped<RefundBook>();
        services.AddScoped<PaymentViews>();
        services.AddScoped<BuyerPayments>();
        services.AddScoped<OperatorPayments>();
        services.AddScoped<StripeWebhook>();
        services.AddScoped<Remittances>();
        services.AddScoped<BankTransferDesk>();
        services.AddScoped<BankRefunds>();
        services.AddScoped<DepositPayments>();
        services.AddScoped<CreditInvoices>();
        services.AddScoped<CreditAccounts>();
        services.AddScoped<CreditStatements>();
        services.AddEventHandler<OrderPlaced, OrderAccountHandlers>();
        services.AddEventHandler<OrderStateChanged, OrderAccountHandlers>();
        services.AddEventHandler<AfterSalesChanged, OrderAccountHandlers>();
        // After the order's account exists: credit orders are charged to it.
        services.AddEventHandler<OrderPlaced, CreditOrders>();
        services.AddEventHandler<OrderStateChanged, CreditOrders>();
        services.AddEventHandler<DepositRecorded, DepositBookings>();
        services.AddScoped<Settlement.Settlements>();
        services.AddScoped<Settlement.Payouts>();
        services.AddScoped<Settlement.MerchantFinance>();
        services.AddScoped<Settlement.Reconciliation>();
        services.AddTenantJob<Settlement.SettlementJob>();
        services.AddTenantJob<Settlement.PayoutSender>();
        services.AddTenantJob<PendingPaymentSweep>();
        services.AddTenantJob<RefundSender>();
        services.AddTenantJob<CreditOverdueJob>();
        services.AddRecipeStep<Recipes.CommissionsStep>();
        services.AddRecipeStep<Recipes.PaymentSettingsStep>();
        services.AddPermissions<PaymentPermissions>();
        services.AddMerchantPermissions<MerchantPaymentPermissions>();

        services.AddSingleton<SaaS.Orders.IPaymentLinkSource, CheckoutPayLink>();
        services.AddScoped<CheckoutPaymentPage>();
        services.AddScoped<PaymentPage>();
        services.AddScoped<CompanyCreditPage>();
        services.AddAccountLink(new AccountLink("My company’s credit", CompanyCreditPage.Path, Manifest.PaymentsFeature, Roles.Buyer));
        services.AddScoped<LedgerDays>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Finance", FinancePages.Path, MerchantPaymentPermissions.ViewFinance, 230, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Payments", PaymentAdminPages.Path, PaymentPermissions.ViewLedger, 350, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Settlements", PaymentAdminPages.SettlementsPath, PaymentPermissions.ViewLedger, 351, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Reconciliation", PaymentAdminPages.ReconciliationPath, PaymentPermissions.ViewLedger, 352, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Bank transfers", BankTransferPages.Path, PaymentPermissions.ViewLedger, 353, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Credit accounts", CreditPages.Path, PaymentPermissions.ViewLedger, 354, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Commissions", CommissionPages.Path, PaymentPermissions.ManagePayments, 355, Manifest.PaymentsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Payment settings", PaymentSettingsPages.Path, PaymentPermissions.ManagePayments, 356, Manifest.PaymentsFeature));
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapPaymentEndpoints();
        tenantRoutes.MapBankTransferEndpoints();
        tenantRoutes.MapDepositPaymentEndpoints();
        tenantRoutes.MapCreditEndpoints();
        tenantRoutes.MapSettlementEndpoints();
        tenantRoutes.MapPaymentPages();
        tenantRoutes.MapFinancePages();
        tenantRoutes.MapPaymentAdminPages();
        tenantRoutes.MapPaymentSettingsPages();
        tenantRoutes.MapCommissionPages();
        tenantRoutes.MapBankTransferPages();
        tenantRoutes.MapCreditPages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(PayCheckoutModel), typeof(PayMerchantGroup), typeof(PayOrderRow), typeof(PaymentPageModel), typeof(PaymentView), typeof(PaymentOrderView),
        typeof(BankTransferView), typeof(RemittanceView), typeof(BankMovementView),
        typeof(FinancePageModel), typeof(Settlement.FinanceView), typeof(Settlement.PayoutAccountView), typeof(Settlement.StatementSummary), typeof(StatementRow),
        typeof(PayoutAccountForm), typeof(StatementPageModel), typeof(Settlement.StatementView), typeof(StatementLineRow), typeof(CommissionLineRow), typeof(Settlement.StatementLineView),
        typeof(Settlement.LineCommissionView),
        typeof(PaymentsOverviewModel), typeof(Ledger.TrialBalance), typeof(Ledger.AccountBalance), typeof(AccountRow),
        typeof(SettlementsModel), typeof(SettlementRunRow), typeof(Settlement.SettlementRun), typeof(PayoutRow), typeof(Settlement.Payout), typeof(Settlement.PayoutTransfer),
        typeof(Settlement.ReconciliationReport), typeof(Settlement.ReconciliationLine),
        typeof(PaymentSettingsModel), typeof(PaymentSettingsView),
        typeof(CommissionsModel), typeof(CommissionRuleRow), typeof(CommissionRule),
        typeof(TransferPanel), typeof(RemittanceRow), typeof(RemittanceView), typeof(BankTransferView), typeof(BankMovementView), typeof(CreditInvoiceRow), typeof(InvoiceView),
        typeof(CompanyCreditModel), typeof(CreditSummary), typeof(NextDue), typeof(CreditStatementSheet), typeof(StatementInvoiceRow), typeof(StatementCreditRow),
        typeof(RowForm), typeof(TransferRow), typeof(TransfersModel), typeof(BankRefundRow), typeof(BankTransfer.RefundView), typeof(OperatorPaymentRow),
        typeof(CreditAccountsModel), typeof(CreditAccountRow), typeof(CreditAccountView), typeof(CreditStatementModel),
    ];
}
