using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Orders.Desk;

/// <summary>
/// The merchant center's order desk: the list with a tab per state, dates, search and pages; one order with its
/// lines, parcels and timeline, where an order clerk marks it Processing and ships parcels; and its packing list.
/// Another merchant's order is not found (404); a member without <c>orders.fulfil</c> sees no forms and is refused (403).
/// </summary>
public static class OrderDeskPages
{
    public const string ListPath = "/merchant/orders";

    public static void MapOrderDeskPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(ListPath).RequireAuthorization();
        pages.MapGet("", async (HttpContext http, string? state, string? from, string? to, string? q, string? page) =>
        {
            var filter = new OrderListFilter(state, from, to, q);
            var (query, errors) = filter.Read(page);
            return await Center(http).RenderAsync(http, "MerchantOrders", "Orders", MerchantOrderPermissions.ViewOrders, async actor =>
                OrderListModel.For(ListPath, await Desk(http).ListAsync(actor, query, http.RequestAborted), filter, errors, Calendar(http)),
                errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
        pages.MapGet("/{id:guid}", (Guid id, HttpContext http) => FoundAsync(http, () => OrderAsync(http, id)));
        pages.MapGet("/{id:guid}/packing-list", (Guid id, HttpContext http) => FoundAsync(http, () =>
            Center(http).RenderAsync(http, "MerchantPackingList", "Packing list", MerchantOrderPermissions.ViewOrders, async actor =>
                new PackingListModel(await SheetAsync(http, actor, id), Calendar(http).Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
        pages.MapPost("/{id:guid}/process", (Guid id, HttpContext http) => FulfilAsync(http, id, null, async (actor, _) =>
        {
            await Desk(http).ProcessAsync(actor, id, http.RequestAborted);
            return "The order is being processed.";
        }));
        pages.MapPost("/{id:guid}/ship", (Guid id, HttpContext http, [FromForm] IFormCollection form) => FulfilAsync(http, id, form, async (actor, sheet) =>
        {
            var shipped = await Desk(http).ShipAsync(actor, id, ShipForm.Posted(sheet, form).ToRequest(), http.RequestAborted);
            return shipped.State == nameof(OrderState.Shipped) ? "Parcel recorded; the whole order has shipped." : "Parcel recorded.";
        }));
    }

    /// <summary>
    /// Runs a change a member needs <c>orders.fulfil</c> for, then goes back to the order saying what happened; a
    /// refusal shows the order again with the message at its field (the ship form's fields are kept as posted).
    /// </summary>
    private static Task<IResult> FulfilAsync(HttpContext http, Guid id, IFormCollection? form, Func<MerchantActor, OrderSheet, Task<string>> change) => FoundAsync(http, async () =>
    {
        MerchantActor actor;
        try
        {
            actor = await http.RequestServices.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantOrderPermissions.FulfilOrders, http.RequestAborted);
        }
        catch (ForbiddenException)
        {
            // The center explains which permission is missing on its 403 page.
            return await OrderAsync(http, id, permission: MerchantOrderPermissions.FulfilOrders);
        }
        var sheet = await SheetAsync(http, actor, id);
        try
        {
            var message = await change(actor, sheet);
            return Results.Redirect($"{http.Request.PathBase}{ListPath}/{id}?message={Uri.EscapeDataString(message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException)
        {
            var ship = form is null ? null : ShipForm.Posted(sheet, form).WithErrors(problem);
            var error = ship is null || problem is ConflictException ? string.Join(" ", problem.Errors.SelectMany(e => e.Value)) : null;
            return await OrderAsync(http, id, ship, error: error, status: problem.Status);
        }
    });

    /// <summary>
    /// The order's page; after a refusal, the ship form or one after-sales request's form comes back as posted with
    /// its messages. Rendered under <paramref name="permission"/> when a change was refused for the lack of it.
    /// </summary>
    internal static Task<IResult> OrderAsync(HttpContext http, Guid id, ShipForm? ship = null, AfterSalesForm? afterSales = null, string? error = null,
        MerchantPermission? permission = null, int status = StatusCodes.Status200OK) =>
        Center(http).RenderAsync(http, "MerchantOrder", "Order", permission ?? MerchantOrderPermissions.ViewOrders, async actor =>
        {
            var order = await Desk(http).GetAsync(actor, id, http.RequestAborted);
            var sheet = await SheetAsync(http, order);
            var fulfils = actor.Has(MerchantOrderPermissions.FulfilOrders);
            var state = Enum.Parse<OrderState>(sheet.State);
            var handles = actor.Has(MerchantOrderPermissions.HandleAfterSales);
            return new DeskOrderModel(sheet, fulfils && OrderStateMachine.Allows(state, OrderAction.Process),
                fulfils && OrderStateMachine.Allows(state, OrderAction.ShipPart) && sheet.LeftToShip > 0, ship ?? ShipForm.Prefilled(sheet), error,
                order.AfterSales.Select(r => AfterSalesCard.For(r, handles, afterSales, Calendar(http))).ToList());
        }, status);

    private static async Task<OrderSheet> SheetAsync(HttpContext http, MerchantActor actor, Guid id) =>
        await SheetAsync(http, await Desk(http).GetAsync(actor, id, http.RequestAborted));

    private static async Task<OrderSheet> SheetAsync(HttpContext http, OrderView order)
    {
        var company = (await http.RequestServices.GetRequiredService<ICompanyDirectory>().FindAsync([order.CompanyId], http.RequestAborted)).GetValueOrDefault(order.CompanyId);
        return OrderSheet.From(order, company?.Name, null, Calendar(http));
    }

    /// <summary>Another merchant's order, or none at all, is the storefront's 404 page.</summary>
    internal static async Task<IResult> FoundAsync(HttpContext http, Func<Task<IResult>> page)
    {
        try
        {
            return await page();
        }
        catch (NotFoundException)
        {
            return await http.RequestServices.GetRequiredService<IStorefrontRenderer>().RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
        }
    }

    internal static IMerchantCenter Center(HttpContext http) => http.RequestServices.GetRequiredService<IMerchantCenter>();

    internal static MarketplaceCalendar Calendar(HttpContext http) => http.RequestServices.GetRequiredService<MarketplaceCalendar>();

    private static MerchantOrders Desk(HttpContext http) => http.RequestServices.GetRequiredService<MerchantOrders>();
}
