using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaaS.Companies;
using SaaS.Orders.Checkout;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The delivery, invoice and payment fields of every form that places an order (the checkout, a quote's
/// acceptance): the company's address book and invoice titles to choose from, what was typed when a post was
/// refused with the messages at their fields, and the post read as a <see cref="CheckoutRequest"/>.
/// </summary>
public sealed record CheckoutForm(
    IReadOnlyList<AddressChoice> Addresses,
    IReadOnlyList<InvoiceTitleChoice> InvoiceTitles,
    IReadOnlyList<Choice> InvoiceTypes,
    IReadOnlyList<Choice> PaymentMethods,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    string Today)
{
    public static readonly IReadOnlyList<string> Fields = ["addressId", "invoiceType", "invoiceTitleId", "paymentMethod", "poNumber", "requestedDeliveryDate", "note"];

    /// <param name="refused">The refused post of this form, whose choices and texts are shown again; null for a fresh form.</param>
    public static async Task<CheckoutForm> ForAsync(ICompanyDirectory companies, BuyerPage page, Refusal? refused, DateOnly today)
    {
        var addresses = await companies.AddressesAsync(page.Buyer.Company.Id, page.Aborted);
        var titles = await companies.InvoiceTitlesAsync(page.Buyer.Company.Id, page.Aborted);
        string Posted(string field, string fallback) => refused is null ? fallback : refused.Value(field) ?? "";
        var address = Posted("addressId", addresses.FirstOrDefault()?.Id.ToString() ?? "");
        var title = Posted("invoiceTitleId", "");
        var invoiceType = Posted("invoiceType", OrderPlacement.InvoiceTypes[0]);
        var payment = Posted("paymentMethod", "bank-transfer");
        return new CheckoutForm(
            addresses.Select(a => new AddressChoice(a, a.Id.ToString() == address)).ToList(),
            titles.Select(t => new InvoiceTitleChoice(t, t.Id.ToString() == title)).ToList(),
            OrderPlacement.InvoiceTypes.Select(t => new Choice(t, OrderLabels.InvoiceTypes.GetValueOrDefault(t, t), t == invoiceType)).ToList(),
            OrderPlacement.PaymentMethods.Select(m => new Choice(m, OrderLabels.PaymentMethods.GetValueOrDefault(m, m), m == payment)).ToList(),
            Fields.ToDictionary(f => f, f => refused?.Value(f) ?? ""),
            refused?.Errors.Where(e => Fields.Contains(e.Key)).ToDictionary() ?? [],
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The post as the services take it; a date that is not year-month-day is refused at its field.</summary>
    public static CheckoutRequest Request(IFormCollection form) => new(
        FormValues.Id(form, "addressId"), FormValues.Id(form, "invoiceTitleId"), FormValues.Text(form, "invoiceType"), FormValues.Text(form, "poNumber"),
        Date(form, "requestedDeliveryDate"), FormValues.Text(form, "paymentMethod"), FormValues.Text(form, "note"));

    /// <summary>A date input's value (<c>yyyy-MM-dd</c>), or null when left empty.</summary>
    public static DateOnly? Date(IFormCollection form, string field) =>
        FormValues.Text(form, field) is not { } typed ? null
        : DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed
        : throw new ValidationFailedException(field, "Give the date as year-month-day, e.g. 2026-03-31.");
}
