using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Catalog;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.Commissions;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's commission rules (<c>ManagePayments</c>): the list, the form that adds a rule, and the form that
/// ends an open one on a day (rules that priced orders are ended, never deleted). Refusals come back at their fields.
/// </summary>
public static class CommissionPages
{
    public const string Path = PaymentAdminPages.Path + "/commissions";
    private const string CreateForm = "create";
    private static readonly string[] Fields = ["merchantId", "categoryId", "ratePercent", "minimumPerLine", "effectiveFrom", "effectiveTo", "note"];

    public static void MapCommissionPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ManagePayments);
        pages.MapGet("", (HttpContext http, string? message) => PageAsync(http, message, null));
        pages.MapPost("", (HttpContext http, [FromForm] IFormCollection form, CommissionRules rules) => SubmitAsync(http, form, CreateForm, async () =>
        {
            await rules.CreateAsync(Request(form), http.RequestAborted);
            return "Commission rule added.";
        }));
        pages.MapPost("/{id:guid}/end", (Guid id, HttpContext http, [FromForm] IFormCollection form, CommissionRules rules) => SubmitAsync(http, form, EndForm(id), async () =>
        {
            var rule = (await rules.ListAsync(http.RequestAborted)).SingleOrDefault(r => r.Id == id) ?? throw new NotFoundException("id", "There is no such commission rule.");
            var end = CheckoutForm.Date(form, "effectiveTo") ?? throw new ValidationFailedException("effectiveTo", "Say on which day the rule ends.");
            await rules.UpdateAsync(id, new CommissionRuleRequest(rule.MerchantId, rule.CategoryId, rule.RatePercent, rule.MinimumPerLine, rule.EffectiveFrom, end, rule.Note),
                http.RequestAborted);
            return "Commission rule ended.";
        }));
    }

    private static string EndForm(Guid id) => $"end:{id}";

    private static async Task<IResult> SubmitAsync(HttpContext http, IFormCollection form, string formName, Func<Task<string>> action)
    {
        try
        {
            var message = await action();
            return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString(message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException)
        {
            var refusal = new Refusal(formName, form.Keys.ToDictionary(k => k, k => form[k].ToString()), problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)),
                problem.Status);
            return await PageAsync(http, null, refusal);
        }
    }

    private static async Task<IResult> PageAsync(HttpContext http, string? message, Refusal? refused)
    {
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var rules = await services.GetRequiredService<CommissionRules>().ListAsync(ct);
        var directory = services.GetRequiredService<IMerchantDirectory>();
        var merchants = await directory.FindAsync((await directory.ActiveAsync(ct)).Concat(rules.Select(r => r.MerchantId).OfType<Guid>()).Distinct().ToList(), ct);
        var categories = await services.GetRequiredService<ICatalogLookup>().CategoryNamesAsync(ct);
        var today = services.GetRequiredService<MarketplaceCalendar>().Today;
        var creating = refused?.Form == CreateForm ? refused : null;
        var values = Fields.ToDictionary(f => f, f => creating?.Value(f) ?? (f == "effectiveFrom" ? Day(today) : ""));
        var rows = rules.Select(r =>
        {
            var ending = refused?.Form == EndForm(r.Id) ? refused : null;
            return new CommissionRuleRow(r,
                r.MerchantId is { } m ? merchants.GetValueOrDefault(m)?.Name ?? m.ToString() : "All merchants",
                r.CategoryId is { } c ? categories.GetValueOrDefault(c, c.ToString()) : "All categories",
                r.IsInEffectOn(today) ? "In effect" : r.EffectiveFrom > today ? "Starts later" : "Ended",
                r.EffectiveTo is null || r.EffectiveTo > today, ending?.Value("effectiveTo") ?? Day(today.AddDays(1)), ending?.AllMessages);
        }).ToList();
        var model = new CommissionsModel(rows,
            merchants.Values.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new Choice(m.Id.ToString(), m.Name, values["merchantId"] == m.Id.ToString())).ToList(),
            categories.OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => new Choice(c.Key.ToString(), c.Value, values["categoryId"] == c.Key.ToString())).ToList(),
            values, creating?.Errors ?? new Dictionary<string, string>(), message);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "CommissionRules", model, "Commissions", refused?.Status ?? StatusCodes.Status200OK);
    }

    /// <summary>The create form as the rules take it; what does not read as an id, an amount or a date is refused at its field.</summary>
    private static CommissionRuleRequest Request(IFormCollection form)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? Id(string field) => string.IsNullOrWhiteSpace(form[field]) ? null : Guid.TryParse(form[field], out var id) ? id : Refuse<Guid?>(errors, field, "Choose from the list.");
        decimal? Amount(string field) => string.IsNullOrWhiteSpace(form[field]) ? null
            : decimal.TryParse(form[field], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : Refuse<decimal?>(errors, field, "Write a number such as 5 or 2.5.");
        DateOnly? Date(string field)
        {
            try
            {
                return CheckoutForm.Date(form, field);
            }
            catch (ValidationFailedException refused)
            {
                return Refuse<DateOnly?>(errors, field, string.Join(" ", refused.Errors[field]));
            }
        }
        var request = new CommissionRuleRequest(Id("merchantId"), Id("categoryId"), Amount("ratePercent"), Amount("minimumPerLine"), Date("effectiveFrom"), Date("effectiveTo"),
            form["note"]);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return request;
    }

    private static T Refuse<T>(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return default!;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
