using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.InSite;
using SaaS.Messaging.Rules;
using SaaS.Problems;
using SaaS.Themes;
using SaaS.Paging;

namespace SaaS.Messaging.Storefront;

/// <summary>
/// The signed-in user's in-site messages and notification settings in the storefront theme, whoever they are (a
/// buyer, a merchant's staff, an operator). Forms post with antiforgery on the services the JSON API uses, then
/// redirect back with a notice; someone signed out is sent to sign in.
/// </summary>
public static class MessagePages
{
    public const string InboxPath = "/account/messages";
    public const string NotificationsPath = "/account/notifications";
    private const string InboxTitle = "Messages";
    private const string NotificationsTitle = "Notification settings";

    // Notices travel as keys in the redirect's query, so a link cannot put words of its own on the page.
    private static readonly Dictionary<string, string> Notices = new()
    {
        ["read"] = "The message is marked as read.",
        ["all-read"] = "All messages are marked as read.",
        ["saved"] = "Your notification settings are saved.",
    };

    public static void MapMessagePages(this IEndpointRouteBuilder tenantRoutes)
    {
        var account = tenantRoutes.MapGroup("/account").RequireAuthorization();
        account.MapGet("/messages", async (string? page, HttpContext http, InboxService inbox, IStorefrontRenderer renderer) =>
        {
            var (number, error) = Pager.Read(page);
            var model = new InboxPageModel(await inbox.ListAsync(http.User, unreadOnly: false, number, http.RequestAborted), Form(http), error);
            return await renderer.RenderAsync("InboxMessages", model, InboxTitle, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
        account.MapPost("/messages/{id:guid}/read", async (Guid id, HttpContext http, [FromForm] IFormCollection form, InboxService inbox, IStorefrontRenderer renderer) =>
        {
            try
            {
                await inbox.MarkReadAsync(http.User, id, http.RequestAborted);
            }
            catch (NotFoundException)
            {
                // Someone else's message, or none: the same themed 404 either way.
                return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            }
            return Back(http, InboxPath, "read");
        });
        account.MapPost("/messages/read-all", async (HttpContext http, [FromForm] IFormCollection form, InboxService inbox) =>
        {
            await inbox.MarkAllReadAsync(http.User, http.RequestAborted);
            return Back(http, InboxPath, "all-read");
        });

        account.MapGet("/notifications", async (HttpContext http, Preferences preferences, IStorefrontRenderer renderer) =>
        {
            var saved = await preferences.GetAsync(http.User, http.RequestAborted);
            var values = new Dictionary<string, string> { ["locale"] = saved.Locale, ["phone"] = saved.Phone ?? "" };
            var rows = saved.Events.Select(e => Row(e.Event, e.Group, e.Description, e.Essential, c => e.Channels.GetValueOrDefault(c))).ToList();
            return await renderer.RenderAsync("NotificationPreferences", new NotificationsPageModel(values, new Dictionary<string, string>(), ChannelNames.Locales, rows, Form(http)), NotificationsTitle);
        });
        account.MapPost("/notifications", async (HttpContext http, [FromForm] IFormCollection form, Preferences preferences, IStorefrontRenderer renderer) =>
        {
            var wanted = form["want"].Where(w => w is not null).ToHashSet();
            var optOut = MessageEventCatalog.Notified.Where(e => !e.Essential)
                .SelectMany(e => ChannelNames.Templated.Where(c => !wanted.Contains($"{e.Name}:{c}")).Select(c => new OptOutRequest(e.Name, c))).ToList();
            try
            {
                await preferences.SaveAsync(http.User, new PreferencesRequest(form["locale"], form["phone"].ToString().Trim(), optOut), http.RequestAborted);
                return Back(http, NotificationsPath, "saved");
            }
            catch (ValidationFailedException problem)
            {
                var values = new Dictionary<string, string> { ["locale"] = form["locale"].ToString(), ["phone"] = form["phone"].ToString() };
                var rows = MessageEventCatalog.Notified.Select(e => Row(e.Name, e.Group, e.Description, e.Essential, c => wanted.Contains($"{e.Name}:{c}"))).ToList();
                var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
                return await renderer.RenderAsync("NotificationPreferences", new NotificationsPageModel(values, errors, ChannelNames.Locales, rows, Form(http)), NotificationsTitle, problem.Status);
            }
        });
    }

    private static PreferenceRow Row(string eventName, string group, string description, bool essential, Func<string, bool> wanted) =>
        new(eventName, group, description, essential, ChannelNames.Templated.Select(c => new Choice(c, essential || wanted(c))).ToList());

    private static AccountPageForm Form(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new AccountPageForm(tokens.FormFieldName, tokens.RequestToken!, Notices.GetValueOrDefault(http.Request.Query["notice"].ToString()));
    }

    private static IResult Back(HttpContext http, string path, string notice) => Results.Redirect($"{http.Request.PathBase}{path}?notice={notice}");
}
