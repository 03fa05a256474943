using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapOrderEndpoints();
        tenantRoutes.MapRfqEndpoints();
    }
}
