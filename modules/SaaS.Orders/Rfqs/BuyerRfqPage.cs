using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaaS.Catalog;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// Builds the buyer's quote pages (the list, the request form, one RFQ) and turns their forms into requests of
/// <see cref="BuyerRfqs"/>. The request form names its lines <c>items[i].code</c> by row; blank rows are skipped,
/// so the service's <c>items[k]</c> is the k-th filled row, which both the post and the page work out the same way.
/// </summary>
public sealed class BuyerRfqPage(BuyerRfqs rfqs, ICatalogLookup catalog, IMerchantDirectory merchants, ICompanyDirectory companies, MarketplaceCalendar calendar)
{
    public const string ListView = "BuyerRfqs";
    public const string NewView = "BuyerRfqNew";
    public const string DetailView = "BuyerRfq";
    public const string RequestForm = "request";
    public const string MessageForm = "message";
    public const string AcceptForm = "accept";

    /// <summary>Blank rows the form offers after the product's SKUs, for more codes of the same merchant.</summary>
    private const int BlankRows = 2;

    public async Task<object> ListModelAsync(BuyerPage page, RfqState? state) =>
        new RfqListModel(page.Form, RfqTab.For("/rfqs", state), RfqRow.Of(await rfqs.ListAsync(page.User, state, page.Aborted), calendar));

    /// <param name="codes">The SKU codes the product page sent (<c>?sku=…</c>); ignored when a refused post is shown again.</param>
    public async Task<object> NewModelAsync(BuyerPage page, IReadOnlyList<string> codes)
    {
        var refused = page.RefusalOf(RequestForm);
        var filled = refused is null ? [] : Filled(refused.Value);
        var asked = refused is null ? codes : filled.Select(r => r.Code).Where(c => c.Length > 0).ToList();
        var found = await catalog.SkusByCodeAsync(asked.Distinct(StringComparer.OrdinalIgnoreCase).Take(BuyerRfqs.MaxItems).ToList(), page.Buyer.Company, page.Aborted);
        OrderableSku? Sku(string code) => found.GetValueOrDefault(code.ToUpperInvariant()) is { Orderable: true } sku ? sku : null;

        Guid? merchantId = refused is null
            ? asked.Select(Sku).FirstOrDefault(s => s is not null)?.MerchantId
            : Guid.TryParse(refused.Value("merchantId"), out var posted) ? posted : null;
        if (merchantId is not { } merchant) return new RfqRequestPageModel(page.Form, null, "", []) { Today = Today() };
        var name = (await merchants.FindAsync([merchant], page.Aborted)).GetValueOrDefault(merchant)?.Name ?? "";

        List<RfqFormRow> rows;
        if (refused is null)
        {
            var prefilled = asked.Select(Sku).OfType<OrderableSku>().Where(s => s.MerchantId == merchant).DistinctBy(s => s.SkuId).ToList();
            rows = prefilled.Select((s, i) => new RfqFormRow(i, s.Code, s.Title, s.Unit, s.MinOrderQuantity, "", "", null, null, null))
                .Concat(Enumerable.Range(prefilled.Count, BlankRows).Select(i => new RfqFormRow(i, "", "", "", 0, "", "", null, null, null))).ToList();
        }
        else
        {
            // Each posted row again, with the messages the service gave its place among the filled rows.
            var place = filled.Select((r, k) => (r.Row, k)).ToDictionary(p => p.Row, p => p.k);
            string? Error(int row, string field) => place.TryGetValue(row, out var k) ? refused.Error($"items[{k}].{field}") : null;
            rows = Enumerable.Range(0, Rows(refused.Value)).Select(i =>
            {
                var code = refused.Value($"items[{i}].code")?.Trim() ?? "";
                var sku = Sku(code);
                return new RfqFormRow(i, code, sku?.Title ?? "", sku?.Unit ?? "", sku?.MinOrderQuantity ?? 0,
                    refused.Value($"items[{i}].quantity") ?? "", refused.Value($"items[{i}].targetPrice") ?? "", Error(i, "skuId"), Error(i, "quantity"), Error(i, "targetPrice"));
            }).ToList();
        }
        string[] fields = ["deliveryDate", "note"];
        var message = refused?.Errors.Where(e => !fields.Contains(e.Key) && !e.Key.StartsWith("items[", StringComparison.Ordinal)).Select(e => e.Value).ToList();
        return new RfqRequestPageModel(message is { Count: > 0 } ? page.Form with { Message = string.Join(" ", message) } : page.Form, merchant.ToString(), name, rows)
        {
            DeliveryDate = refused?.Value("deliveryDate") ?? "", Note = refused?.Value("note") ?? "",
            Errors = refused?.Errors.Where(e => fields.Contains(e.Key)).ToDictionary() ?? [], Today = Today(),
        };
    }

    public async Task<object> DetailModelAsync(BuyerPage page, Guid id)
    {
        var rfq = await rfqs.GetAsync(page.User, id, page.Aborted);
        var accept = page.RefusalOf(AcceptForm);
        var message = page.RefusalOf(MessageForm);
        var general = accept?.Except(CheckoutForm.Fields) ?? message?.Except(["body"]);
        return new RfqPageModel(general is null ? page.Form : page.Form with { Message = general }, rfq, RfqThreadRow.Of(rfq, calendar),
            rfq.State == nameof(RfqState.Quoted) ? await CheckoutForm.ForAsync(companies, page, accept, calendar.Today) : null)
        {
            Requested = calendar.Local(rfq.RequestedUtc), Expires = rfq.ExpiresUtc is { } expires ? calendar.Local(expires) : null,
            Message = message?.Value("body") ?? "", MessageError = message?.Error("body"),
        };
    }

    /// <summary>Sends the request the form describes; returns the new RFQ's id.</summary>
    public async Task<Guid> RequestAsync(System.Security.Claims.ClaimsPrincipal user, IFormCollection form, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var filled = Filled(name => form.ContainsKey(name) ? form[name].ToString() : null);
        var found = await catalog.SkusByCodeAsync(filled.Select(r => r.Code).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), buyer.Company, cancellationToken);
        var items = filled.Select((r, k) => new RfqItemRequest(
            // An unknown code becomes an id of no SKU, which the service refuses at this row's place.
            r.Code.Length == 0 ? null : found.GetValueOrDefault(r.Code.ToUpperInvariant())?.SkuId ?? Guid.Empty,
            int.TryParse(r.Quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null,
            r.TargetPrice.Length == 0 ? null
            : decimal.TryParse(r.TargetPrice, NumberStyles.Number, CultureInfo.InvariantCulture, out var target) ? target
            : throw new ValidationFailedException($"items[{k}].targetPrice", "Give the price as a number, e.g. 12.50."))).ToList();
        var request = new RfqRequest(FormValues.Id(form, "merchantId"), items, CheckoutForm.Date(form, "deliveryDate"), FormValues.Text(form, "note"));
        return (await rfqs.RequestAsync(user, request, cancellationToken)).Id;
    }

    /// <summary>
    /// The rows a post asks for (a quantity or a target price typed), with their row numbers: a code alone is a SKU
    /// of the product the buyer left out.
    /// </summary>
    private static List<(int Row, string Code, string Quantity, string TargetPrice)> Filled(Func<string, string?> value) =>
        Enumerable.Range(0, Rows(value))
            .Select(i => (Row: i, Code: value($"items[{i}].code")?.Trim() ?? "", Quantity: value($"items[{i}].quantity")?.Trim() ?? "", TargetPrice: value($"items[{i}].targetPrice")?.Trim() ?? ""))
            .Where(r => r.Quantity.Length > 0 || r.TargetPrice.Length > 0).ToList();

    /// <summary>How many rows the posted form had: they are numbered from 0 without gaps.</summary>
    private static int Rows(Func<string, string?> value) =>
        Enumerable.Range(0, BuyerRfqs.MaxItems + BlankRows).TakeWhile(i => value($"items[{i}].code") is not null).Count();

    private string Today() => RfqDates.Format(calendar.Today)!;
}
