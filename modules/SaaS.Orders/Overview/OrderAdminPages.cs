using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Orders.Orders;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Orders.Overview;

/// <summary>The operator's order pages in the admin: figures, charts of the last 30 days and the filtered list; one order with its timeline. Read only.</summary>
public static class OrderAdminPages
{
    public const string ListPath = "/admin/orders";
    public const int ChartDays = 30;

    public static void MapOrderAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(ListPath).RequirePermission(AdminAccess.Permission).RequirePermission(OrderPermissions.ViewAllOrders);
        pages.MapGet("", async (HttpContext http, string? state, string? merchantId, string? from, string? to, string? q, string? page,
            OperatorOrders orders, MarketplaceCalendar calendar, IAdminRenderer admin) =>
        {
            var filter = new OrderListFilter(state, from, to, q, merchantId);
            var (query, errors) = filter.Read(page);
            var ct = http.RequestAborted;
            var days = await orders.DailyAsync(query.MerchantId, ChartDays, ct);
            var model = new OrdersOverviewModel(await orders.FiguresAsync(query, ct),
                [BarChart.Of("Orders per day", money: false, days, d => d.Orders), BarChart.Of("Order value per day", money: true, days, d => d.Value)],
                await orders.MerchantsAsync(ct), OrderListModel.For(ListPath, await orders.ListAsync(query, ct), filter, errors, calendar));
            return await admin.RenderAsync(http, "OrdersOverview", model, "Orders", errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
        pages.MapGet("/{id:guid}", async (Guid id, HttpContext http, OperatorOrders orders, MarketplaceCalendar calendar, IAdminRenderer admin) =>
        {
            try
            {
                var order = await orders.GetAsync(id, http.RequestAborted);
                return await admin.RenderAsync(http, "OrderDetail", OrderSheet.From(order.Order, order.CompanyName, order.MerchantName, calendar), "Order details");
            }
            catch (NotFoundException missing)
            {
                return await admin.RenderAsync(http, "OrderMissing", missing.Errors.SelectMany(e => e.Value).First(), "Order details", StatusCodes.Status404NotFound);
            }
        });
    }
}
