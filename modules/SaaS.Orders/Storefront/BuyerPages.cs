using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Carts;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The buyer's order pages in the storefront theme: cart, checkout, orders, one order with its after-sales requests,
/// approvals. Server-rendered
/// forms with antiforgery tokens on the same services as the JSON API; the services decide who may do what.
/// </summary>
public static class BuyerPages
{
    public static void MapBuyerPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/cart", (HttpContext http, BuyerPageRenderer pages, CartPage cart) => pages.ShowAsync(http, CartPage.View, "Cart", cart.ModelAsync));
        // Posted by the product pages' "Add to cart" forms (see SaaS.Catalog.AddToCartForm).
        tenantRoutes.MapPost("/cart/items", (HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            pages.SubmitAsync(http, form, "add", LocalPath(form["returnUrl"]) ?? "/cart", CartPage.View, "Cart", cart.ModelAsync, async () =>
            {
                await carts.AddAsync(http.User, new CartItemRequest(FormValues.Id(form, "skuId"), Quantity(form)), http.RequestAborted);
                return "/cart?notice=added";
            }));
        tenantRoutes.MapPost("/cart/items/{id:guid}", (Guid id, HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            CartLineAsync(http, form, id, pages, cart, "updated", () => carts.UpdateAsync(http.User, id, new CartLineUpdate(Quantity(form), null), http.RequestAborted)));
        tenantRoutes.MapPost("/cart/items/{id:guid}/remove", (Guid id, HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            CartLineAsync(http, form, id, pages, cart, "removed", () => carts.RemoveAsync(http.User, id, http.RequestAborted)));
        tenantRoutes.MapPost("/cart/items/{id:guid}/save-for-later", (Guid id, HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            CartLineAsync(http, form, id, pages, cart, "saved", () => carts.UpdateAsync(http.User, id, new CartLineUpdate(null, true), http.RequestAborted)));
        tenantRoutes.MapPost("/cart/items/{id:guid}/move-to-cart", (Guid id, HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            CartLineAsync(http, form, id, pages, cart, "moved", () => carts.UpdateAsync(http.User, id, new CartLineUpdate(null, false), http.RequestAborted)));
        tenantRoutes.MapPost("/cart/quick", (HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, CartPage cart) =>
            pages.SubmitAsync(http, form, "quick", "/cart", CartPage.View, "Cart", cart.ModelAsync, async () =>
            {
                await carts.QuickAsync(http.User, new QuickOrderRequest(form["lines"]), http.RequestAborted);
                return "/cart?notice=quick-added";
            }));

        tenantRoutes.MapGet("/checkout", (HttpContext http, BuyerPageRenderer pages, CheckoutPage checkout) => pages.ShowAsync(http, CheckoutPage.View, "Checkout", checkout.ModelAsync));
        tenantRoutes.MapPost("/checkout", (HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages, CheckoutPage checkout) =>
            pages.SubmitAsync(http, form, CheckoutPage.Form, "/checkout", CheckoutPage.View, "Checkout", checkout.ModelAsync,
                () => checkout.PlaceAsync(http.User, form, http.RequestAborted)));

        tenantRoutes.MapGet("/orders", (HttpContext http, BuyerPageRenderer pages, OrderPages orders) => pages.ShowAsync(http, OrderPages.ListView, "Orders", orders.ListModelAsync));
        tenantRoutes.MapGet("/orders/approvals", (HttpContext http, BuyerPageRenderer pages, OrderPages orders) =>
            pages.ShowAsync(http, OrderPages.ApprovalsView, "Orders to approve", orders.ApprovalsModelAsync));
        tenantRoutes.MapGet("/orders/{id:guid}", (Guid id, HttpContext http, BuyerPageRenderer pages, OrderPages orders) =>
            pages.ShowAsync(http, OrderPages.DetailView, "Order", page => orders.DetailModelAsync(page, id)));
        tenantRoutes.MapPost("/orders/{id:guid}/cancel", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerOrders service, BuyerPageRenderer pages, OrderPages orders) =>
            OrderActionAsync(http, form, id, "cancel", "cancelled", pages, orders, () => service.CancelAsync(http.User, id, form["reason"], http.RequestAborted)));
        tenantRoutes.MapPost("/orders/{id:guid}/receive", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerOrders service, BuyerPageRenderer pages, OrderPages orders) =>
            OrderActionAsync(http, form, id, "receive", "received", pages, orders, () => service.ReceiveAsync(http.User, id, http.RequestAborted)));
        tenantRoutes.MapPost("/orders/{id:guid}/complete", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerOrders service, BuyerPageRenderer pages, OrderPages orders) =>
            OrderActionAsync(http, form, id, "complete", "completed", pages, orders, () => service.CompleteAsync(http.User, id, http.RequestAborted)));
        tenantRoutes.MapPost("/orders/{id:guid}/approve", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerOrders service, BuyerPageRenderer pages, OrderPages orders) =>
            OrderActionAsync(http, form, id, "approve", "approved", pages, orders, () => service.ApproveAsync(http.User, id, http.RequestAborted)));
        tenantRoutes.MapPost("/orders/{id:guid}/reject", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerOrders service, BuyerPageRenderer pages, OrderPages orders) =>
            OrderActionAsync(http, form, id, "reject", "rejected", pages, orders, () => service.RejectAsync(http.User, id, form["reason"], http.RequestAborted)));
        tenantRoutes.MapPost("/orders/{id:guid}/reorder", (Guid id, HttpContext http, [FromForm] IFormCollection form, Carts.Carts carts, BuyerPageRenderer pages, OrderPages orders) =>
            pages.SubmitAsync(http, form, "reorder", $"/orders/{id}", OrderPages.DetailView, "Order", p => orders.DetailModelAsync(p, id), async () =>
            {
                var result = await carts.ReorderAsync(http.User, id, http.RequestAborted);
                if (result.Added == 0) return $"/orders/{id}?notice=reorder-none";
                return result.Skipped.Count == 0 ? "/cart?notice=reordered" : $"/cart?notice=reordered&skipped={result.Skipped.Count}&from={id}";
            }));

        tenantRoutes.MapPost("/orders/{id:guid}/after-sales", (Guid id, HttpContext http, [FromForm] IFormCollection form, BuyerAfterSales afterSales, BuyerPageRenderer pages, OrderPages orders) =>
        {
            // Photos are uploaded before the request is judged; a refused request keeps them, so they are not chosen again.
            var uploaded = new List<AfterSalesPhotoUploaded>();
            return pages.SubmitAsync(http, form, OrderPages.AfterSalesForm, $"/orders/{id}", OrderPages.DetailView, "Order", p => orders.DetailModelAsync(p, id, uploaded), async () =>
            {
                foreach (var file in form.Files.GetFiles("photos")) uploaded.Add(await afterSales.UploadPhotoAsync(http.User, id, file, http.RequestAborted));
                var items = OrderPages.PostedItems(form.Keys.Select(k => KeyValuePair.Create(k, form[k].ToString())))
                    .Select(i => new AfterSalesItemRequest(i.LineId, i.Quantity)).ToList();
                var photos = OrderPages.CarriedPhotos(form["photoIds"]).Concat(uploaded.Select(u => u.Id)).ToList();
                await afterSales.RequestAsync(http.User, id, new AfterSalesRequestBody(FormValues.Text(form, "kind"), form["reason"], items, photos), http.RequestAborted);
                return $"/orders/{id}?notice=after-sales-requested";
            });
        });
        tenantRoutes.MapPost("/orders/{id:guid}/after-sales/{requestId:guid}/return-shipment", (Guid id, Guid requestId, HttpContext http, [FromForm] IFormCollection form,
            BuyerAfterSales afterSales, BuyerPageRenderer pages, OrderPages orders) =>
            pages.SubmitAsync(http, form, OrderPages.ShipBackForm(requestId), $"/orders/{id}", OrderPages.DetailView, "Order", p => orders.DetailModelAsync(p, id), async () =>
            {
                await afterSales.ShipBackAsync(http.User, requestId, new ReturnShipmentRequest(form["carrier"], form["trackingNumber"]), http.RequestAborted);
                return $"/orders/{id}?notice=sent-back";
            }));
        tenantRoutes.MapPost("/orders/{id:guid}/after-sales/{requestId:guid}/cancel", (Guid id, Guid requestId, HttpContext http, [FromForm] IFormCollection form,
            BuyerAfterSales afterSales, BuyerPageRenderer pages, OrderPages orders) =>
            pages.SubmitAsync(http, form, "withdraw", $"/orders/{id}", OrderPages.DetailView, "Order", p => orders.DetailModelAsync(p, id), async () =>
            {
                await afterSales.CancelAsync(http.User, requestId, http.RequestAborted);
                return $"/orders/{id}?notice=withdrawn";
            }));
    }

    /// <summary>A form acting on one cart line: back to the cart, or the cart again with the refusal at that line.</summary>
    private static Task<IResult> CartLineAsync(HttpContext http, IFormCollection form, Guid lineId, BuyerPageRenderer pages, CartPage cart, string notice, Func<Task<CartView>> act) =>
        pages.SubmitAsync(http, form, CartPage.LineForm(lineId), "/cart", CartPage.View, "Cart", cart.ModelAsync, async () =>
        {
            await act();
            return $"/cart?notice={notice}";
        });

    /// <summary>
    /// A form acting on one order, from its page or (approve, reject) from the approvals page, which the form names
    /// with <c>from=approvals</c>: back there with the notice, or there again with the refusal.
    /// </summary>
    private static Task<IResult> OrderActionAsync(HttpContext http, IFormCollection form, Guid id, string formName, string notice, BuyerPageRenderer pages, OrderPages orders,
        Func<Task<OrderView>> act)
    {
        var fromApprovals = form["from"] == "approvals";
        var page = fromApprovals ? "/orders/approvals" : $"/orders/{id}";
        return pages.SubmitAsync(http, form, fromApprovals ? OrderPages.ApprovalForm(id) : formName, page,
            fromApprovals ? OrderPages.ApprovalsView : OrderPages.DetailView, fromApprovals ? "Orders to approve" : "Order",
            fromApprovals ? orders.ApprovalsModelAsync : p => orders.DetailModelAsync(p, id), async () =>
            {
                await act();
                return $"{page}?notice={notice}";
            });
    }

    /// <summary>A quantity as typed; anything that is not a whole number counts as 0, which the cart refuses saying why.</summary>
    private static int Quantity(IFormCollection form) => int.TryParse(form["quantity"], out var quantity) ? quantity : 0;

    /// <summary>A path inside this marketplace, never a link elsewhere.</summary>
    private static string? LocalPath(string? path) =>
        path is { Length: > 1 } && path[0] == '/' && path[1] != '/' && path[1] != '\\' ? path : null;
}
