using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Payments.Payments;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's payment settings (<c>ManagePayments</c>): Stripe's keys, written and never read back (a secret left
/// empty stays as it is; a box removes it), the webhook address to give Stripe, the settlement cycle and the account
/// buyers remit to.
/// </summary>
public static class PaymentSettingsPages
{
    public const string Path = PaymentAdminPages.Path + "/settings";
    private static readonly IReadOnlyList<string> Weekdays = Enum.GetNames<DayOfWeek>().Skip(1).Append(nameof(DayOfWeek.Sunday)).ToList();

    public static void MapPaymentSettingsPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ManagePayments);
        pages.MapGet("", async (HttpContext http, string? message, PaymentSettingsStore store, ITenantLinks links, IAdminRenderer admin) =>
        {
            var saved = await store.ViewAsync(http.RequestAborted);
            return await admin.RenderAsync(http, "PaymentSettings", Model(saved, links, Values(saved), new Dictionary<string, string>(), message), "Payment settings");
        });
        pages.MapPost("", async (HttpContext http, [FromForm] IFormCollection form, PaymentSettingsStore store, ITenantLinks links, IAdminRenderer admin) =>
        {
            try
            {
                await store.SaveAsync(Request(form), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString("Payment settings saved.")}");
            }
            catch (ValidationFailedException problem)
            {
                var typed = new[] { "stripePublishableKey", "settlementDelayDays", "settlementWeekday", "remittanceAccount" }.ToDictionary(f => f, f => form[f].ToString());
                var model = Model(await store.ViewAsync(http.RequestAborted), links, typed, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), null);
                return await admin.RenderAsync(http, "PaymentSettings", model, "Payment settings", problem.Status);
            }
        });
    }

    private static PaymentSettingsModel Model(PaymentSettingsView saved, ITenantLinks links, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors, string? message) =>
        new(saved, $"{links.SiteUrl()}/api/payments/stripe/webhook", values, errors, Weekdays, message);

    private static Dictionary<string, string> Values(PaymentSettingsView saved) => new()
    {
        ["stripePublishableKey"] = saved.StripePublishableKey ?? "",
        ["settlementDelayDays"] = saved.SettlementDelayDays.ToString(CultureInfo.InvariantCulture),
        ["settlementWeekday"] = saved.SettlementWeekday,
        ["remittanceAccount"] = saved.RemittanceAccount ?? "",
    };

    /// <summary>
    /// The post as the store takes it: an empty secret is left as it is (null) unless its removal box is ticked
    /// (empty string); other fields are saved as typed, an empty one clearing its value.
    /// </summary>
    private static PaymentSettingsRequest Request(IFormCollection form)
    {
        string? Secret(string field, string remove) => form[remove] == "on" ? "" : string.IsNullOrWhiteSpace(form[field]) ? null : form[field].ToString();
        var delay = form["settlementDelayDays"].ToString().Trim();
        if (!int.TryParse(delay, NumberStyles.None, CultureInfo.InvariantCulture, out var days)) throw new ValidationFailedException("settlementDelayDays", "Write a whole number of days.");
        return new PaymentSettingsRequest(Secret("stripeSecretKey", "removeStripeSecretKey"), form["stripePublishableKey"].ToString().Trim(),
            Secret("stripeWebhookSecret", "removeStripeWebhookSecret"), days, form["settlementWeekday"], form["remittanceAccount"].ToString());
    }
}
