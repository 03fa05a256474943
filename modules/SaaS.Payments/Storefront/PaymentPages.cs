using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Companies;
using SaaS.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Storefront;

/// <summary>
/// The buyer's payment pages in the storefront theme: a checkout's payment selection, where a payment starts, and
/// the payment itself, where a card is confirmed or a bank transfer's remittance is submitted with its slip. Forms
/// post with antiforgery on the same services as the JSON API; another company's checkout or payment is the theme's 404.
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
        tenantRoutes.MapGet(CompanyCreditPage.Path, (HttpContext http, string? month, BuyerPageRenderer pages, CompanyCreditPage credit) =>
            pages.ShowAsync(http, CompanyCreditPage.View, "My company’s credit", page => credit.ModelAsync(page, month)));
        tenantRoutes.MapPost("/pay/{paymentId:guid}/remittance", (Guid paymentId, HttpContext http, [FromForm] IFormCollection form, BuyerPageRenderer pages,
            PaymentPage payment, ICompanyDirectory companies, Remittances remittances) =>
            pages.SubmitAsync(http, form, PaymentPage.RemittanceForm, $"/pay/{paymentId}", PaymentPage.View, Title, page => payment.ModelAsync(page, paymentId), async () =>
            {
                var payer = Payer.Company(await companies.RequireBuyerAsync(http.User, http.RequestAborted));
                await remittances.SubmitAsync(payer, paymentId, new RemittanceForm(form["reference"], form["amount"], form["paidOn"], form.Files.GetFile("slip")), http.RequestAborted);
                return $"/pay/{paymentId}";
            }));
    }
}
