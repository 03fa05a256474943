using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Orders.Storefront;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// The buyer's quote pages in the storefront theme: the list, the request form the product pages link to
/// (<c>/rfqs/new?sku=…</c>), and one RFQ with its thread and the form that accepts its quote. Server-rendered forms
/// with antiforgery tokens on the same service as the JSON API.
/// </summary>
public static class BuyerRfqPages
{
    public static void MapBuyerRfqPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/rfqs", (HttpContext http, RfqState? state, BuyerPageRenderer pages, BuyerRfqPage rfqs) =>
            pages.ShowAsync(http, BuyerRfqPage.ListView, "Quote requests", page => rfqs.ListModelAsync(page, state)));
        tenantRoutes.MapGet("/rfqs/new", (HttpContext http, BuyerPageRenderer pages, BuyerRfqPage rfqs) =>
            pages.ShowAsync(http, BuyerRfqPage.NewView, "Request a quote", page => rfqs.NewModelAsync(page, http.Request.Query["sku"].OfType<string>().ToList())));
        tenantRoutes.MapPost("/rfqs", (HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages, BuyerRfqPage rfqs) =>
            pages.SubmitAsync(http, form, BuyerRfqPage.RequestForm, "/rfqs/new", BuyerRfqPage.NewView, "Request a quote", page => rfqs.NewModelAsync(page, []),
                async () => $"/rfqs/{await rfqs.RequestAsync(http.User, form, http.RequestAborted)}?notice=rfq-requested"));
        tenantRoutes.MapGet("/rfqs/{id:guid}", (Guid id, HttpContext http, BuyerPageRenderer pages, BuyerRfqPage rfqs) =>
            pages.ShowAsync(http, BuyerRfqPage.DetailView, "Quote request", page => rfqs.DetailModelAsync(page, id)));
        tenantRoutes.MapPost("/rfqs/{id:guid}/messages", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages, BuyerRfqPage rfqs, BuyerRfqs service) =>
            pages.SubmitAsync(http, form, BuyerRfqPage.MessageForm, $"/rfqs/{id}", BuyerRfqPage.DetailView, "Quote request", page => rfqs.DetailModelAsync(page, id), async () =>
            {
                await service.PostAsync(http.User, id, new MessageRequest(form["body"]), http.RequestAborted);
                return $"/rfqs/{id}?notice=rfq-message";
            }));
        tenantRoutes.MapPost("/rfqs/{id:guid}/accept", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages, BuyerRfqPage rfqs, BuyerRfqs service) =>
            pages.SubmitAsync(http, form, BuyerRfqPage.AcceptForm, $"/rfqs/{id}", BuyerRfqPage.DetailView, "Quote request", page => rfqs.DetailModelAsync(page, id), async () =>
            {
                var accepted = await service.AcceptAsync(http.User, id, CheckoutForm.Request(form), http.RequestAborted);
                return $"/orders/{accepted.OrderId}?notice=rfq-accepted";
            }));
    }
}
