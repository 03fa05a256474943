using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Templates;
using SaaS.Problems;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The template editor: the sample rendered as the operator types (a script posting to the JSON preview), and the
/// same preview from a button without script; a save refused shows its messages at the fields with 400 or 422.
/// </summary>
public static class TemplatePages
{
    private const string Title = "Message template";

    public static void MapTemplatePages(this RouteGroupBuilder pages)
    {
        pages.MapGet("/templates/{eventName}", async (string eventName, string? channel, string? locale, string? message, HttpContext http, TemplateEditor editor, IAdminRenderer admin) =>
        {
            var (chosenChannel, chosenLocale) = Chosen(channel, locale);
            var saved = await editor.GetAsync(eventName, chosenChannel, chosenLocale, http.RequestAborted);
            var typed = new TemplateRequest(saved.Subject, saved.Body, saved.Text);
            PreviewView? preview;
            try
            {
                preview = editor.Preview(eventName, chosenChannel, chosenLocale, typed);
            }
            catch (ProblemException)
            {
                // A saved template the sample no longer renders with: the fields are still there to fix it.
                preview = null;
            }
            return await admin.RenderAsync(http, "MessageTemplate", Model(http, saved, typed, new Dictionary<string, string>(), preview, message), Title);
        });
        pages.MapPost("/templates/{eventName}", async (string eventName, string? channel, string? locale, HttpContext http, [FromForm] IFormCollection form,
            TemplateEditor editor, IAdminRenderer admin) =>
        {
            var (chosenChannel, chosenLocale) = Chosen(channel, locale);
            var typed = new TemplateRequest(form["subject"], form["body"], form["text"]);
            var saved = await editor.GetAsync(eventName, chosenChannel, chosenLocale, http.RequestAborted);
            try
            {
                if (form["intent"] == "preview")
                {
                    var preview = editor.Preview(eventName, chosenChannel, chosenLocale, typed);
                    return await admin.RenderAsync(http, "MessageTemplate", Model(http, saved, typed, new Dictionary<string, string>(), preview, null), Title);
                }
                await editor.SaveAsync(eventName, chosenChannel, chosenLocale, typed, http.User.Identity?.Name ?? "operator", http.RequestAborted);
                return Results.Redirect(Url(http, eventName, chosenChannel, chosenLocale, "The template is saved."));
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or UnprocessableException)
            {
                var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
                return await admin.RenderAsync(http, "MessageTemplate", Model(http, saved, typed, errors, null, null), Title, problem.Status);
            }
        });
        // The posted form carries nothing but its antiforgery token; binding it is what makes the token checked.
        pages.MapPost("/templates/{eventName}/reset", async (string eventName, string? channel, string? locale, HttpContext http, [FromForm] IFormCollection form, TemplateEditor editor) =>
        {
            var (chosenChannel, chosenLocale) = Chosen(channel, locale);
            await editor.ResetAsync(eventName, chosenChannel, chosenLocale, http.RequestAborted);
            return Results.Redirect(Url(http, eventName, chosenChannel, chosenLocale, "The template is back to the default."));
        });
    }

    private static (string Channel, string Locale) Chosen(string? channel, string? locale) =>
        (string.IsNullOrEmpty(channel) ? ChannelNames.Email : channel, string.IsNullOrEmpty(locale) ? ChannelNames.Locales[0] : locale);

    private static TemplateEditorModel Model(HttpContext http, TemplateView saved, TemplateRequest typed, IReadOnlyDictionary<string, string> errors, PreviewView? preview, string? message)
    {
        var tabs = MessageEventCatalog.Find(saved.Event)!.Channels.SelectMany(c => ChannelNames.Locales.Select(l => new TemplateTab(c, l, Url(http, saved.Event, c, l, null), c == saved.Channel && l == saved.Locale))).ToList();
        var values = new Dictionary<string, string> { ["subject"] = typed.Subject ?? "", ["body"] = typed.Body ?? "", ["text"] = typed.Text ?? "" };
        var api = $"{http.Request.PathBase}/api/admin/messaging/templates/{Uri.EscapeDataString(saved.Event)}/{saved.Channel}/{saved.Locale}/preview";
        return new TemplateEditorModel(saved.Event, MessageEventCatalog.Find(saved.Event)!.Description, saved.Channel, saved.Locale, tabs, saved, values, errors, preview, api, message);
    }

    private static string Url(HttpContext http, string eventName, string channel, string locale, string? message) =>
        $"{http.Request.PathBase}{MessagingAdminPages.Path}/templates/{Uri.EscapeDataString(eventName)}?channel={channel}&locale={locale}"
        + (message is null ? "" : $"&message={Uri.EscapeDataString(message)}");
}
