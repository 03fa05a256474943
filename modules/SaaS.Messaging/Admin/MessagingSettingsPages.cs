using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Settings;
using SaaS.Problems;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The channel settings: the SMTP server and Twilio account (the password and token written, never read back: left
/// empty they stay, a box removes them), each channel's rate; and the webhook endpoints, whose signing secret is
/// shown on the page that made one and never again.
/// </summary>
public static class MessagingSettingsPages
{
    public const string Path = MessagingAdminPages.Path + "/settings";
    private const string Title = "Messaging settings";
    private static readonly string[] Typed = ["smtpHost", "smtpPort", "smtpTls", "smtpUser", "fromAddress", "fromName", "twilioAccountSid", "twilioFrom", "emailPerSecond", "smsPerSecond", "webhookPerSecond"];
    private static readonly string[] WebhookFields = ["url", "description"];

    public static void MapMessagingSettingsPages(this RouteGroupBuilder pages)
    {
        pages.MapGet("/settings", async (HttpContext http, string? message, MessagingSettingsStore store, WebhookEndpoints webhooks, IAdminRenderer admin) =>
        {
            var saved = await store.ViewAsync(http.RequestAborted);
            return await admin.RenderAsync(http, "MessagingSettings", await ModelAsync(saved, Values(saved), Empty, NewWebhook(), webhooks, message, http.RequestAborted), Title);
        });
        pages.MapPost("/settings", async (HttpContext http, [FromForm] IFormCollection form, MessagingSettingsStore store, WebhookEndpoints webhooks, IAdminRenderer admin) =>
        {
            try
            {
                await store.SaveAsync(Request(form), http.RequestAborted);
                return Back(http, "Messaging settings saved.");
            }
            catch (ValidationFailedException problem)
            {
                var values = Typed.ToDictionary(f => f, f => form[f].ToString());
                var model = await ModelAsync(await store.ViewAsync(http.RequestAborted), values, Flatten(problem), NewWebhook(), webhooks, null, http.RequestAborted);
                return await admin.RenderAsync(http, "MessagingSettings", model, Title, problem.Status);
            }
        });
        pages.MapPost("/webhooks", async (HttpContext http, [FromForm] IFormCollection form, MessagingSettingsStore store, WebhookEndpoints webhooks, IAdminRenderer admin) =>
        {
            var events = form["events"].Where(e => e is not null).Select(e => e!).ToList();
            var saved = await store.ViewAsync(http.RequestAborted);
            try
            {
                var created = await webhooks.CreateAsync(new WebhookRequest(form["url"], events, form["description"]), http.RequestAborted);
                // Rendered rather than redirected to: the secret must not travel in a URL, and is shown only now.
                var shown = NewWebhook() with { CreatedUrl = created.Endpoint.Url, CreatedSecret = created.Secret };
                return await admin.RenderAsync(http, "MessagingSettings", await ModelAsync(saved, Values(saved), Empty, shown, webhooks, null, http.RequestAborted), Title);
            }
            catch (ValidationFailedException problem)
            {
                var refused = new WebhookForm(WebhookFields.ToDictionary(f => f, f => form[f].ToString()), EventChoices(events), Flatten(problem), null, null);
                var model = await ModelAsync(saved, Values(saved), Empty, refused, webhooks, null, http.RequestAborted);
                return await admin.RenderAsync(http, "MessagingSettings", model, Title, problem.Status);
            }
        });
        // The posted forms carry nothing but their antiforgery token; binding it is what makes the token checked.
        pages.MapPost("/webhooks/{id:guid}/enable", async (Guid id, HttpContext http, [FromForm] IFormCollection form, WebhookEndpoints webhooks) =>
        {
            await webhooks.SetEnabledAsync(id, true, http.RequestAborted);
            return Back(http, "The webhook endpoint is enabled.");
        });
        pages.MapPost("/webhooks/{id:guid}/disable", async (Guid id, HttpContext http, [FromForm] IFormCollection form, WebhookEndpoints webhooks) =>
        {
            await webhooks.SetEnabledAsync(id, false, http.RequestAborted);
            return Back(http, "The webhook endpoint is disabled.");
        });
        pages.MapPost("/webhooks/{id:guid}/delete", async (Guid id, HttpContext http, [FromForm] IFormCollection form, WebhookEndpoints webhooks) =>
        {
            await webhooks.DeleteAsync(id, http.RequestAborted);
            return Back(http, "The webhook endpoint is deleted.");
        });
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static async Task<MessagingSettingsModel> ModelAsync(MessagingSettingsView saved, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors,
        WebhookForm webhook, WebhookEndpoints webhooks, string? message, CancellationToken cancellationToken) =>
        new(saved, values, errors, Enum.GetNames<SmtpTls>(), await webhooks.ListAsync(cancellationToken), webhook, message);

    private static WebhookForm NewWebhook() => new(WebhookFields.ToDictionary(f => f, _ => ""), EventChoices([]), Empty, null, null);

    private static List<Choice> EventChoices(IReadOnlyCollection<string> ticked) =>
        MessageEventCatalog.All.Select(e => e.Name).Prepend("*").Select(e => new Choice(e, ticked.Contains(e))).ToList();

    private static Dictionary<string, string> Values(MessagingSettingsView saved) => new()
    {
        ["smtpHost"] = saved.SmtpHost ?? "", ["smtpPort"] = saved.SmtpPort.ToString(CultureInfo.InvariantCulture), ["smtpTls"] = saved.SmtpTls,
        ["smtpUser"] = saved.SmtpUser ?? "", ["fromAddress"] = saved.FromAddress ?? "", ["fromName"] = saved.FromName ?? "",
        ["twilioAccountSid"] = saved.TwilioAccountSid ?? "", ["twilioFrom"] = saved.TwilioFrom ?? "",
        ["emailPerSecond"] = saved.EmailPerSecond.ToString(CultureInfo.InvariantCulture), ["smsPerSecond"] = saved.SmsPerSecond.ToString(CultureInfo.InvariantCulture),
        ["webhookPerSecond"] = saved.WebhookPerSecond.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The post as the store takes it: an empty secret is left as it is (null) unless its removal box is ticked
    /// (empty string); other fields are saved as typed, an empty one clearing its value.
    /// </summary>
    private static MessagingSettingsRequest Request(IFormCollection form)
    {
        string? Secret(string field, string remove) => form[remove] == "on" ? "" : string.IsNullOrWhiteSpace(form[field]) ? null : form[field].ToString();
        var errors = new Dictionary<string, string[]>();
        int Number(string field)
        {
            if (int.TryParse(form[field].ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
            errors[field] = ["Write a whole number."];
            return 0;
        }
        var request = new MessagingSettingsRequest(
            form["smtpHost"].ToString(), Number("smtpPort"), form["smtpTls"].ToString(), form["smtpUser"].ToString(), Secret("smtpPassword", "removeSmtpPassword"),
            form["fromAddress"].ToString(), form["fromName"].ToString(), form["twilioAccountSid"].ToString(), Secret("twilioAuthToken", "removeTwilioAuthToken"),
            form["twilioFrom"].ToString(), Number("emailPerSecond"), Number("smsPerSecond"), Number("webhookPerSecond"));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return request;
    }

    private static Dictionary<string, string> Flatten(ProblemException problem) => problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));

    private static IResult Back(HttpContext http, string message) => Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString(message)}");
}
