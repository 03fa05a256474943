using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaaS.Companies;
using SaaS.Orders.Carts;
using SaaS.Orders.Checkout;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Storefront;

/// <summary>Builds the checkout page and turns its form into a checkout.</summary>
public sealed class CheckoutPage(Carts.Carts carts, Checkouts checkouts, ICompanyDirectory companies, TimeProvider clock)
{
    public const string View = "Checkout";
    public const string Form = "checkout";

    private static readonly string[] Fields = ["addressId", "invoiceType", "invoiceTitleId", "paymentMethod", "poNumber", "requestedDeliveryDate", "note"];

    public async Task<object> ModelAsync(BuyerPage page)
    {
        var cart = await carts.GetAsync(page.User, page.Aborted);
        var addresses = await companies.AddressesAsync(page.Buyer.Company.Id, page.Aborted);
        var titles = await companies.InvoiceTitlesAsync(page.Buyer.Company.Id, page.Aborted);
        var refused = page.RefusalOf(Form);
        string Posted(string field, string fallback) => refused is null ? fallback : refused.Value(field) ?? "";

        var address = Posted("addressId", addresses.FirstOrDefault()?.Id.ToString() ?? "");
        var title = Posted("invoiceTitleId", "");
        var invoiceType = Posted("invoiceType", Checkouts.InvoiceTypes[0]);
        var payment = Posted("paymentMethod", "bank-transfer");
        var lineErrors = LineErrors(cart, refused);
        return new CheckoutPageModel(
            refused is null ? page.Form : page.Form with { Message = refused.Except(Fields) },
            addresses.Select(a => new AddressChoice(a, a.Id.ToString() == address)).ToList(),
            titles.Select(t => new InvoiceTitleChoice(t, t.Id.ToString() == title)).ToList(),
            Checkouts.InvoiceTypes.Select(t => new Choice(t, OrderLabels.InvoiceTypes.GetValueOrDefault(t, t), t == invoiceType)).ToList(),
            Checkouts.PaymentMethods.Select(m => new Choice(m, OrderLabels.PaymentMethods.GetValueOrDefault(m, m), m == payment)).ToList(),
            CartPage.Groups(cart, page, lineErrors.GetValueOrDefault),
            cart.Total)
        {
            Values = Fields.ToDictionary(f => f, f => refused?.Value(f) ?? ""),
            Errors = refused?.Errors.Where(e => Fields.Contains(e.Key)).ToDictionary() ?? [],
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Places the cart's orders as the form asks; returns the checkout's id.</summary>
    public async Task<Guid> PlaceAsync(System.Security.Claims.ClaimsPrincipal user, IFormCollection form, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (FormValues.Text(form, "requestedDeliveryDate") is { } typed)
        {
            date = DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new ValidationFailedException("requestedDeliveryDate", "Give the date as year-month-day, e.g. 2026-03-31.");
        }
        var request = new CheckoutRequest(FormValues.Id(form, "addressId"), FormValues.Id(form, "invoiceTitleId"), FormValues.Text(form, "invoiceType"), FormValues.Text(form, "poNumber"), date,
            FormValues.Text(form, "paymentMethod"), FormValues.Text(form, "note"));
        return (await checkouts.CheckoutAsync(user, request, cancellationToken)).CheckoutId;
    }

    /// <summary>
    /// Checkout names a refused line by its place among the cart's lines not saved for later, in id order
    /// (<c>lines[2].quantity</c>); the page shows the message at that line.
    /// </summary>
    private static Dictionary<Guid, string> LineErrors(CartView cart, Refusal? refused)
    {
        if (refused is null) return [];
        var ids = cart.Merchants.SelectMany(g => g.Lines).Select(l => l.Id).OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();
        return refused.Errors.Select(e => (Index: Refusal.IndexIn("lines", e.Key), e.Value)).Where(e => e.Index < ids.Count)
            .ToDictionary(e => ids[e.Index!.Value], e => e.Value);
    }
}
