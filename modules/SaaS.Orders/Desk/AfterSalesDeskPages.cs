using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Desk;

/// <summary>
/// The merchant center's after-sales pages: the list by state, and the answers given on the order's page
/// (accept, reject with a reason, record a return received), which need <c>orders.after-sales</c>.
/// </summary>
public static class AfterSalesDeskPages
{
    public const string ListPath = "/merchant/after-sales";

    public static void MapAfterSalesDeskPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(ListPath).RequireAuthorization();
        pages.MapGet("", (HttpContext http, string? state) => ListAsync(http, state));
        pages.MapPost("/{id:guid}/{action:regex(^(accept|reject|receive)$)}", (Guid id, string action, HttpContext http, [FromForm] IFormCollection form) =>
            OrderDeskPages.FoundAsync(http, async () =>
            {
                MerchantActor actor;
                try
                {
                    actor = await http.RequestServices.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantOrderPermissions.HandleAfterSales, http.RequestAborted);
                }
                catch (ForbiddenException)
                {
                    // The center's 403 page names the missing permission.
                    return await ListAsync(http, null, MerchantOrderPermissions.HandleAfterSales);
                }
                var service = http.RequestServices.GetRequiredService<MerchantAfterSales>();
                var request = await service.GetAsync(actor, id, http.RequestAborted);
                var posted = AfterSalesForm.Posted(id, form);
                try
                {
                    string message;
                    switch (action)
                    {
                        case "accept":
                            await service.AcceptAsync(actor, id, new AcceptAfterSalesRequest(posted.Amount()), http.RequestAborted);
                            message = "After-sales request accepted.";
                            break;
                        case "reject":
                            await service.RejectAsync(actor, id, new RejectAfterSalesRequest(posted.Reason), http.RequestAborted);
                            message = "After-sales request rejected.";
                            break;
                        default:
                            await service.ReceiveAsync(actor, id, new ReceiveReturnRequest(posted.Amount()), http.RequestAborted);
                            message = "Return received; the refund is handed to payments.";
                            break;
                    }
                    return Results.Redirect($"{http.Request.PathBase}{OrderDeskPages.ListPath}/{request.OrderId}?message={Uri.EscapeDataString(message)}#after-sales-{id}");
                }
                catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException)
                {
                    return await OrderDeskPages.OrderAsync(http, request.OrderId, afterSales: posted.WithErrors(problem), status: problem.Status);
                }
            }));
    }

    private static Task<IResult> ListAsync(HttpContext http, string? state, MerchantPermission? permission = null)
    {
        var known = string.IsNullOrWhiteSpace(state) ? null : Enum.TryParse<AfterSalesState>(state.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (AfterSalesState?)null;
        var error = string.IsNullOrWhiteSpace(state) || known is not null ? null : $"'{state}' is not an after-sales state; use one of {string.Join(", ", Enum.GetNames<AfterSalesState>())}.";
        return OrderDeskPages.Center(http).RenderAsync(http, "MerchantAfterSales", "After-sales", permission ?? MerchantOrderPermissions.ViewOrders, async actor =>
        {
            var service = http.RequestServices.GetRequiredService<MerchantAfterSales>();
            var calendar = OrderDeskPages.Calendar(http);
            var counts = await service.CountsAsync(actor, http.RequestAborted);
            var rows = (await service.ListAsync(actor, known, http.RequestAborted)).Select(r => new AfterSalesRow(r,
                OrderLabels.AfterSalesKinds.GetValueOrDefault(r.Kind, r.Kind), OrderLabels.AfterSalesStates.GetValueOrDefault(r.State, r.State), calendar.Local(r.RequestedUtc))).ToList();
            var tabs = Enum.GetNames<AfterSalesState>()
                .Select(s => new StateTab(s, OrderLabels.AfterSalesStates[s], counts.GetValueOrDefault(s), QueryHelpers.AddQueryString(ListPath, "state", s), known?.ToString() == s))
                .Prepend(new StateTab("", "All requests", counts.Values.Sum(), ListPath, known is null)).ToList();
            return new AfterSalesListModel(rows, tabs, error);
        }, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
