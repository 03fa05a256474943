using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Admin;
using SaaS.Catalog;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Merchants;
using SaaS.Modules;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Approvals;
using SaaS.Orders.Checkout;
using SaaS.Orders.Data;
using SaaS.Orders.Desk;
using SaaS.Orders.Orders;
using SaaS.Orders.Overview;
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
        services.AddScoped<OperatorOrders>();
        services.AddScoped<OrderSearch>();
        services.AddScoped<MarketplaceCalendar>();
        services.AddScoped<OrderRules>();
        services.AddScoped<IOrderPayments, OrderPayments>();
        services.AddScoped<AfterSalesSteps>();
        services.AddScoped<AfterSalesPhotos>();
        services.AddScoped<BuyerAfterSales>();
        services.AddScoped<MerchantAfterSales>();
        services.AddScoped<IAfterSalesRefunds, AfterSalesRefunds>();
        services.AddTenantJob<UnpaidOrderExpiry>();
        services.AddMerchantPermissions<MerchantOrderPermissions>();
        services.AddPermissions<OrderPermissions>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Orders", OrderDeskPages.ListPath, MerchantOrderPermissions.ViewOrders, 200, Manifest.OrdersFeature));
        services.AddMerchantCenterSection(new MerchantCenterSection("After-sales", AfterSalesDeskPages.ListPath, MerchantOrderPermissions.ViewOrders, 210, Manifest.OrdersFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Orders", OrderAdminPages.ListPath, OrderPermissions.ViewAllOrders, 340, Manifest.OrdersFeature));

        services.AddScoped<BuyerPageRenderer>();
        services.AddScoped<CartPage>();
        services.AddScoped<CheckoutPage>();
        services.AddScoped<OrderPages>();
        services.AddScoped<PaymentLinks>();
        services.AddHeaderLink<CartHeaderLink>();
        services.AddSingleton(new AddToCartForm(Manifest.OrdersFeature, "/cart/items"));
        services.AddAccountLink(new AccountLink("My orders", "/orders", Manifest.OrdersFeature, Roles.Buyer));
        services.AddSingleton<RfqTimeouts>();
        services.AddScoped<RfqTransitions>();
        services.AddScoped<RfqViews>();
        services.AddScoped<BuyerRfqs>();
        services.AddScoped<MerchantRfqs>();
        services.AddTenantJob<RfqExpiry>();
        services.AddMerchantPermissions<MerchantRfqPermissions>();
        services.AddScoped<BuyerRfqPage>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Quote requests", MerchantRfqPages.ListPath, MerchantRfqPermissions.ViewRfqs, 220, Manifest.OrdersFeature));
        services.AddAccountLink(new AccountLink("Quote requests", "/rfqs", Manifest.OrdersFeature, Roles.Buyer));
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapOrderEndpoints();
        tenantRoutes.MapOrderDeskPages();
        tenantRoutes.MapAfterSalesDeskPages();
        tenantRoutes.MapOrderAdminPages();
        tenantRoutes.MapBuyerPages();
        tenantRoutes.MapRfqEndpoints();
        tenantRoutes.MapBuyerRfqPages();
        tenantRoutes.MapMerchantRfqPages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(OrderListModel), typeof(OrderPage), typeof(OrderRow), typeof(OrderListFilter), typeof(StateTab), typeof(SaaS.Paging.Pager),
        typeof(OrderSheet), typeof(SheetLine), typeof(SheetShipment), typeof(SheetShipmentItem), typeof(SheetEvent), typeof(DeliveryAddress), typeof(InvoiceTitleCard),
        typeof(DeskOrderModel), typeof(ShipForm), typeof(ShipFormLine), typeof(PackingListModel),
        typeof(AfterSalesCard), typeof(AfterSalesView), typeof(AfterSalesItemView), typeof(AfterSalesPhotoUploaded), typeof(OrderEventView),
        typeof(AfterSalesListModel), typeof(AfterSalesRow), typeof(AfterSalesSummary),
        typeof(OrdersOverviewModel), typeof(StateFigure), typeof(DayFigure), typeof(BarChart), typeof(ChartBar), typeof(ChartTick), typeof(MerchantCard),
        typeof(PageForm), typeof(Choice),
        typeof(CartPageModel), typeof(CartGroupRow), typeof(CartLineRow), typeof(Carts.CartLineView), typeof(QuickOrderError),
        typeof(CheckoutPageModel), typeof(AddressChoice), typeof(InvoiceTitleChoice),
        typeof(BuyerOrderListModel), typeof(OrderTab), typeof(BuyerOrderRow),
        typeof(OrderPageModel), typeof(OrderView), typeof(OrderLineView), typeof(ShipmentView), typeof(ShipmentItemRequest),
        typeof(ShipmentRow), typeof(ShipmentItemRow), typeof(TimelineRow),
        typeof(ApprovalsModel), typeof(ApprovalRow),
        typeof(BuyerAfterSalesCard), typeof(AfterSalesFormModel), typeof(AfterSalesLineRow),
        typeof(CheckoutForm),
        typeof(RfqView), typeof(RfqItemView), typeof(RfqQuoteView), typeof(RfqMessageView), typeof(RfqSummary), typeof(RfqRow), typeof(RfqTab), typeof(RfqThreadRow),
        typeof(RfqListModel), typeof(RfqRequestPageModel), typeof(RfqFormRow), typeof(RfqPageModel),
        typeof(MerchantRfqListModel), typeof(MerchantRfqModel), typeof(QuoteFormLine),
    ];
}
