using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Merchants;
using SaaS.Merchants.Events;
using SaaS.Modules;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Commissions;
using SaaS.Payments.Credit;
using SaaS.Payments.Data;
using SaaS.Payments.Deposits;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;
using SaaS.Payments.Refunds;
using SaaS.Payments.Stripe;
using SaaS.Recipes;
using SaaS.Security;

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
        services.AddRecipeStep<Recipes.CommissionsStep>();
        services.AddRecipeStep<Recipes.PaymentSettingsStep>();
        services.AddPermissions<PaymentPermissions>();
        services.AddMerchantPermissions<MerchantPaymentPermissions>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapPaymentEndpoints();
        tenantRoutes.MapBankTransferEndpoints();
        tenantRoutes.MapDepositPaymentEndpoints();
        tenantRoutes.MapCreditEndpoints();
        tenantRoutes.MapSettlementEndpoints();
    }
}
