using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Orders.Storefront;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Storefront;

/// <summary>
/// The buyer's payment pages in the storefront theme: a checkout's payment selection, where a payment starts, and
/// the payment itself, where a card is confirmed. Forms post with antiforgery on the same services as the JSON API;
/// another company's checkout or payment is the theme's 404.
/// </summary>
public static class PaymentPages
{
    public const string CheckoutPath = "/pay/checkout";
    private const string Title = "Pay for your orders";

    public static void MapPaymentPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet($"{CheckoutPath}/{{checkoutId:guid}}", (Guid checkoutId, HttpContext http, BuyerPageRenderer pages, CheckoutPaymentPage checkout) =>
            pages.ShowAsync(http, CheckoutPaymentPage.View, Title, page => checkout.ModelAsync(page, checkoutId)));
        tenantRoutes.MapPost($"{CheckoutPath}/{{checkoutId:guid}}", (Guid checkoutId, HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages,
            CheckoutPaymentPage checkout, BuyerPayments payments) =>
            pages.SubmitAsync(http, form, CheckoutPaymentPage.Form, $"{CheckoutPath}/{checkoutId}", CheckoutPaymentPage.View, Title,
                page => checkout.ModelAsync(page, checkoutId), async () =>
                {
                    var method = string.IsNullOrWhiteSpace(form["method"]) ? null : form["method"].ToString();
                    var payment = await payments.StartAsync(http.User, new StartPaymentRequest(checkoutId, method), http.RequestAborted);
                    return $"/pay/{payment.Id}";
                }));

        tenantRoutes.MapGet("/pay/{paymentId:guid}", (Guid paymentId, HttpContext http, BuyerPageRenderer pages, PaymentPage payment) =>
            pages.ShowAsync(http, PaymentPage.View, Title, page => payment.ModelAsync(page, paymentId)));
        tenantRoutes.MapPost("/pay/{paymentId:guid}/card", (Guid paymentId, HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages,
            PaymentPage payment, BuyerPayments payments) =>
            pages.SubmitAsync(http, form, PaymentPage.CardForm, $"/pay/{paymentId}", PaymentPage.View, Title, page => payment.ModelAsync(page, paymentId), async () =>
            {
                await payments.ConfirmCardAsync(http.User, paymentId, new ConfirmCardRequest(form["paymentMethod"]), PaymentEndpoints.ReturnUrl(http, paymentId), http.RequestAborted);
                return $"/pay/{paymentId}";
            }));
    }
}
