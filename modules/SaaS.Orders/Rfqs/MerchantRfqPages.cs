using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants;
using SaaS.Orders.Desk;
using SaaS.Orders.Storefront;
using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// The merchant center's quote desk: the requests with a tab per state, and one request with its thread, where a
/// member with <c>rfqs.quote</c> prices every item (valid until, terms), declines with a reason, or writes to the
/// buyer. Another merchant's request is the storefront's 404 page; a member without <c>rfqs.quote</c> sees no forms.
/// </summary>
public static class MerchantRfqPages
{
    public const string ListPath = "/merchant/rfqs";

    public static void MapMerchantRfqPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(ListPath).RequireAuthorization();
        pages.MapGet("", (HttpContext http, RfqState? state) =>
            OrderDeskPages.Center(http).RenderAsync(http, "MerchantRfqs", "Quote requests", MerchantRfqPermissions.ViewRfqs, async actor =>
                new MerchantRfqListModel(RfqTab.For(ListPath, state), RfqRow.Of(await Desk(http).ListAsync(actor, state, http.RequestAborted), OrderDeskPages.Calendar(http)))));
        pages.MapGet("/{id:guid}", (Guid id, HttpContext http) => OrderDeskPages.FoundAsync(http, () => RfqAsync(http, id, null)));
        pages.MapPost("/{id:guid}/quote", (Guid id, HttpContext http, [FromForm] IFormCollection form) => AnswerAsync(http, id, form, async actor =>
        {
            var rfq = await Desk(http).QuoteAsync(actor, id, Quote(form), http.RequestAborted);
            return rfq.Thread.Count(m => m.Kind == "quoted") > 1 ? "The new quote replaces the last one." : "The quote has been sent to the buyer.";
        }));
        pages.MapPost("/{id:guid}/decline", (Guid id, HttpContext http, [FromForm] IFormCollection form) => AnswerAsync(http, id, form, async actor =>
        {
            await Desk(http).DeclineAsync(actor, id, form["reason"], http.RequestAborted);
            return "The request has been declined.";
        }));
        pages.MapPost("/{id:guid}/messages", (Guid id, HttpContext http, [FromForm] IFormCollection form) => AnswerAsync(http, id, form, async actor =>
        {
            await Desk(http).PostAsync(actor, id, new MessageRequest(form["body"]), http.RequestAborted);
            return "Your message has been sent.";
        }));
    }

    /// <summary>
    /// Runs an answer a member needs <c>rfqs.quote</c> for, then goes back to the request saying what happened; a
    /// refusal shows the request again with what was typed and the messages at their fields.
    /// </summary>
    private static Task<IResult> AnswerAsync(HttpContext http, Guid id, IFormCollection form, Func<MerchantActor, Task<string>> answer) => OrderDeskPages.FoundAsync(http, async () =>
    {
        MerchantActor actor;
        try
        {
            actor = await http.RequestServices.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantRfqPermissions.QuoteRfqs, http.RequestAborted);
        }
        catch (ForbiddenException)
        {
            // The center explains which permission is missing on its 403 page.
            return await RfqAsync(http, id, null, MerchantRfqPermissions.QuoteRfqs);
        }
        try
        {
            var message = await answer(actor);
            return Results.Redirect($"{http.Request.PathBase}{ListPath}/{id}?message={Uri.EscapeDataString(message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException)
        {
            var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            return await RfqAsync(http, id, new Refusal("answer", values, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status));
        }
    });

    private static Task<IResult> RfqAsync(HttpContext http, Guid id, Refusal? refused, MerchantPermission? permission = null) =>
        OrderDeskPages.Center(http).RenderAsync(http, "MerchantRfq", "Quote request", permission ?? MerchantRfqPermissions.ViewRfqs, async actor =>
        {
            var rfq = await Desk(http).GetAsync(actor, id, http.RequestAborted);
            var state = Enum.Parse<RfqState>(rfq.State);
            var answers = actor.Has(MerchantRfqPermissions.QuoteRfqs);
            var calendar = OrderDeskPages.Calendar(http);
            var today = calendar.Today;
            var lines = rfq.Items.Select((item, i) => new QuoteFormLine(item,
                refused?.Value($"lines[{i}].unitPrice") ?? item.UnitPrice?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", refused?.Error($"lines[{i}].unitPrice"))).ToList();
            // The last quote's validity and terms, or a fortnight, unless the refused post typed others.
            var values = new Dictionary<string, string>
            {
                ["validUntil"] = RfqDates.Format(rfq.Quote?.ValidUntil) ?? RfqDates.Format(today.AddDays(14))!,
                ["terms"] = rfq.Quote?.Terms ?? "",
            };
            foreach (var (field, value) in refused?.Values ?? new Dictionary<string, string>()) values[field] = value;
            string[] fields = ["validUntil", "terms", "reason", "body", "lines"];
            var placed = refused?.Errors.Where(e => fields.Contains(e.Key) || e.Key.StartsWith("lines[", StringComparison.Ordinal) && e.Key.EndsWith(".unitPrice", StringComparison.Ordinal)).Select(e => e.Key).ToHashSet() ?? [];
            return new MerchantRfqModel(rfq, RfqThreadRow.Of(rfq, calendar), answers && RfqStateMachine.Allows(state, RfqAction.Quote), answers, lines)
            {
                Requested = calendar.Local(rfq.RequestedUtc), Expires = rfq.ExpiresUtc is { } expires ? calendar.Local(expires) : null,
                Values = values,
                Errors = refused?.Errors.Where(e => fields.Contains(e.Key)).ToDictionary() ?? [],
                Error = refused?.Errors.Where(e => !placed.Contains(e.Key)).Select(e => e.Value).ToList() is { Count: > 0 } rest ? string.Join(" ", rest) : null,
                Today = RfqDates.Format(today)!,
                LastDay = RfqDates.Format(today.AddDays(RfqTimeouts.MaxValidityDays))!,
            };
        }, refused?.Status ?? StatusCodes.Status200OK);

    /// <summary>The quote form as the service takes it: its lines numbered from 0 without gaps, a price that is no number left out.</summary>
    private static QuoteRequest Quote(IFormCollection form)
    {
        var lines = Enumerable.Range(0, BuyerRfqs.MaxItems).TakeWhile(i => form.ContainsKey($"lines[{i}].itemId"))
            .Select(i => new QuoteLineRequest(FormValues.Id(form, $"lines[{i}].itemId"),
                decimal.TryParse(form[$"lines[{i}].unitPrice"], NumberStyles.Number, CultureInfo.InvariantCulture, out var price) ? price : null)).ToList();
        return new QuoteRequest(lines, CheckoutForm.Date(form, "validUntil"), FormValues.Text(form, "terms"));
    }

    private static MerchantRfqs Desk(HttpContext http) => http.RequestServices.GetRequiredService<MerchantRfqs>();
}
