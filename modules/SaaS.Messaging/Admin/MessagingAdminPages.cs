using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Rules;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The operator's messaging pages (<c>ManageMessaging</c>): the overview with the delivery log's figures and every
/// event's rules, saved one event at a time; the template editor, the delivery log, the local SMS outbox and the
/// channel settings hang off the same group.
/// </summary>
public static class MessagingAdminPages
{
    public const string Path = "/admin/messaging";
    private const string Title = "Messaging";

    public static void MapMessagingAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(MessagingPermissions.ManageMessaging);
        pages.MapGet("", async (HttpContext http, string? message, RuleBook rules, DeliveryLog log, IAdminRenderer admin) =>
            await admin.RenderAsync(http, "MessagingOverview", await ModelAsync(rules, log, null, message, http.RequestAborted), Title));
        pages.MapPost("/rules/{eventName}", async (string eventName, HttpContext http, [FromForm] IFormCollection form, RuleBook rules, DeliveryLog log, IAdminRenderer admin) =>
        {
            var messageEvent = MessageEventCatalog.Find(eventName) ?? throw new NotFoundException("event", $"There is no message event {eventName}.");
            var requested = Requested(messageEvent, form);
            try
            {
                await rules.ReplaceAsync(eventName, requested, http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString("The event's rules are saved.")}#{eventName}");
            }
            catch (ValidationFailedException problem)
            {
                var refused = new Refused(eventName, requested, problem.Errors.SelectMany(e => e.Value).ToList());
                return await admin.RenderAsync(http, "MessagingOverview", await ModelAsync(rules, log, refused, null, http.RequestAborted), Title, problem.Status);
            }
        });
        pages.MapTemplatePages();
        pages.MapDeliveryPages();
        pages.MapMessagingSettingsPages();
    }

    private static async Task<MessagingOverviewModel> ModelAsync(RuleBook book, DeliveryLog log, Refused? refused, string? message, CancellationToken cancellationToken)
    {
        var stored = (await book.AllAsync(cancellationToken)).ToLookup(r => r.Event);
        var counts = await log.CountsAsync(cancellationToken);
        var groups = MessageEventCatalog.All.GroupBy(e => e.Group).Select(g => new EventGroupForms(g.Key, g.Select(e =>
        {
            var mine = refused?.Event == e.Name ? refused : null;
            var rules = mine?.Rules ?? stored[e.Name].Select(r => new RuleRequest(r.Audience, r.Permission, r.Channels.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Enabled)).ToList();
            return new EventRulesForm(e.Name, e.Description, e.Essential, e.Parties.Select(p => Row(p, rules.FirstOrDefault(r => r.Audience == p))).ToList(), mine?.Errors ?? []);
        }).ToList())).ToList();
        return new MessagingOverviewModel(DeliveryChart.Of(counts), groups, ChannelNames.Templated, message);
    }

    private static AudienceRule Row(string audience, RuleRequest? rule) => new(
        audience, audience == Audiences.MerchantTeam, rule?.Permission,
        ChannelNames.Templated.Select(c => new Choice(c, rule?.Channels?.Contains(c) == true)).ToList(),
        rule?.Enabled ?? true);

    /// <summary>The form's rows as rules: an audience with no channel ticked is not told, so it has no rule.</summary>
    private static List<RuleRequest> Requested(MessageEvent messageEvent, IFormCollection form) =>
        messageEvent.Parties
            .Select(p => new RuleRequest(p, form[$"{p}:permission"].ToString().Trim() is { Length: > 0 } permission ? permission : null,
                form[$"{p}:channel"].Where(c => c is not null).Select(c => c!).ToList(), form[$"{p}:enabled"] == "on"))
            .Where(r => r.Channels!.Count > 0)
            .ToList();

    private sealed record Refused(string Event, IReadOnlyList<RuleRequest> Rules, IReadOnlyList<string> Errors);
}
