using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Merchants;
using SaaS.Modules;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Approvals;
using SaaS.Orders.Checkout;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Orders.Rfqs;
using SaaS.Orders.Storefront;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Orders;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<OrdersDbContext>(OrdersDbContext.MigrationsHistoryTable);
        services.AddSingleton<OrderTimeouts>();
        services.AddScoped<Carts.Carts>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<Checkouts>();
        services.AddScoped<OrderTransitions>();
        services.AddScoped<BuyerOrders>();
        services.AddScoped<MerchantOrders>();
        services.AddScoped<OrderRules>();
        services.AddScoped<IOrderPayments, OrderPayments>();
        services.AddScoped<AfterSalesSteps>();
        services.AddScoped<AfterSalesPhotos>();
        services.AddScoped<BuyerAfterSales>();
        services.AddScoped<MerchantAfterSales>();
        services.AddScoped<IAfterSalesRefunds, AfterSalesRefunds>();
        services.AddTenantJob<UnpaidOrderExpiry>();
        services.AddMerchantPermissions<MerchantOrderPermissions>();
        services.AddSingleton<RfqTimeouts>();
        services.AddScoped<RfqTransitions>();
        services.AddScoped<RfqViews>();
        services.AddScoped<BuyerRfqs>();
        services.AddScoped<MerchantRfqs>();
        services.AddTenantJob<RfqExpiry>();
        services.AddMerchantPermissions<MerchantRfqPermissions>();
        services.AddScoped<BuyerPageRenderer>();
        services.AddScoped<BuyerRfqPage>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Quote requests", MerchantRfqPages.ListPath, MerchantRfqPermissions.ViewRfqs, 210, Manifest.OrdersFeature));
        services.AddAccountLink(new AccountLink("Quote requests", "/rfqs", Manifest.OrdersFeature, Roles.Buyer));
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapOrderEndpoints();
        tenantRoutes.MapRfqEndpoints();
        tenantRoutes.MapBuyerRfqPages();
        tenantRoutes.MapMerchantRfqPages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(PageForm), typeof(Choice), typeof(CheckoutForm), typeof(AddressChoice), typeof(InvoiceTitleChoice), typeof(DeliveryAddress), typeof(InvoiceTitleCard),
        typeof(RfqView), typeof(RfqItemView), typeof(RfqQuoteView), typeof(RfqMessageView), typeof(RfqSummary), typeof(RfqRow), typeof(RfqTab), typeof(RfqThreadRow),
        typeof(RfqListModel), typeof(RfqRequestPageModel), typeof(RfqFormRow), typeof(RfqPageModel),
        typeof(MerchantRfqListModel), typeof(MerchantRfqModel), typeof(QuoteFormLine),
    ];
}
