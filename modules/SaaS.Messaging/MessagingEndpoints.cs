using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Messaging.InSite;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Rules;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using SaaS.Security;
using SaaS.Paging;

namespace SaaS.Messaging;

/// <summary>
/// The messaging JSON API: every signed-in user's inbox and preferences; the operator's catalog, rules, templates,
/// channel settings, webhooks, delivery log and local SMS outbox.
/// </summary>
public static class MessagingEndpoints
{
    public static void MapMessagingEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var inbox = tenantRoutes.MapGroup("/api/inbox").RequireAuthorization();
        inbox.MapGet("", async (bool? unread, string? page, ClaimsPrincipal user, InboxService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user, unread == true, Pager.Requested(page), ct)));
        inbox.MapPost("/{id:guid}/read", async (Guid id, ClaimsPrincipal user, InboxService service, CancellationToken ct) => TypedResults.Ok(await service.MarkReadAsync(user, id, ct)));
        inbox.MapPost("/read-all", async (ClaimsPrincipal user, InboxService service, CancellationToken ct) => TypedResults.Ok(new { marked = await service.MarkAllReadAsync(user, ct) }));

        var preferences = tenantRoutes.MapGroup("/api/messaging/preferences").RequireAuthorization();
        preferences.MapGet("", async (ClaimsPrincipal user, Preferences service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(user, ct)));
        preferences.MapPut("", async (PreferencesRequest request, ClaimsPrincipal user, Preferences service, CancellationToken ct) => TypedResults.Ok(await service.SaveAsync(user, request, ct)));

        var admin = tenantRoutes.MapGroup("/api/admin/messaging").RequirePermission(MessagingPermissions.ManageMessaging);
        admin.MapGet("/events", async (RuleBook rules, CancellationToken ct) =>
        {
            var all = (await rules.AllAsync(ct)).ToLookup(r => r.Event);
            return TypedResults.Ok(MessageEventCatalog.All.Select(e => new
            {
                e.Name, e.Group, e.Description, e.Essential, e.Parties, e.Sample,
                Rules = all[e.Name].Where(r => r.Channels.Length > 0).Select(r => new { r.Audience, r.Permission, Channels = r.Channels.Split(','), r.Enabled }),
            }));
        });
        admin.MapPut("/rules/{eventName}", async (string eventName, IReadOnlyList<RuleRequest> rules, RuleBook book, CancellationToken ct) =>
        {
            await book.ReplaceAsync(eventName, rules, ct);
            return TypedResults.Ok(await book.ForAsync(eventName, ct));
        });

        var templates = admin.MapGroup("/templates/{eventName}/{channel}/{locale}");
        templates.MapGet("", async (string eventName, string channel, string locale, TemplateEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.GetAsync(eventName, channel, locale, ct)));
        templates.MapPut("", async (string eventName, string channel, string locale, TemplateRequest request, ClaimsPrincipal user, TemplateEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.SaveAsync(eventName, channel, locale, request, user.Identity?.Name ?? "operator", ct)));
        templates.MapDelete("", async (string eventName, string channel, string locale, TemplateEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ResetAsync(eventName, channel, locale, ct)));
        templates.MapPost("/preview", (string eventName, string channel, string locale, TemplateRequest request, TemplateEditor editor) =>
            TypedResults.Ok(editor.Preview(eventName, channel, locale, request)));

        admin.MapGet("/settings", async (MessagingSettingsStore store, CancellationToken ct) => TypedResults.Ok(await store.ViewAsync(ct)));
        admin.MapPut("/settings", async (MessagingSettingsRequest request, MessagingSettingsStore store, CancellationToken ct) => TypedResults.Ok(await store.SaveAsync(request, ct)));

        admin.MapGet("/webhooks", async (WebhookEndpoints endpoints, CancellationToken ct) => TypedResults.Ok(await endpoints.ListAsync(ct)));
        admin.MapPost("/webhooks", async (WebhookRequest request, WebhookEndpoints endpoints, CancellationToken ct) =>
        {
            var created = await endpoints.CreateAsync(request, ct);
            return TypedResults.Created($"/api/admin/messaging/webhooks/{created.Endpoint.Id}", created);
        });
        admin.MapPost("/webhooks/{id:guid}/enable", async (Guid id, WebhookEndpoints endpoints, CancellationToken ct) => TypedResults.Ok(await endpoints.SetEnabledAsync(id, true, ct)));
        admin.MapPost("/webhooks/{id:guid}/disable", async (Guid id, WebhookEndpoints endpoints, CancellationToken ct) => TypedResults.Ok(await endpoints.SetEnabledAsync(id, false, ct)));
        admin.MapDelete("/webhooks/{id:guid}", async (Guid id, WebhookEndpoints endpoints, CancellationToken ct) =>
        {
            await endpoints.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });

        admin.MapGet("/deliveries", async (string? state, string? channel, string? @event, string? recipient, string? page, DeliveryLog log, CancellationToken ct) =>
            TypedResults.Ok(await log.ListAsync(new DeliveryFilter(state, channel, @event, recipient), Pager.Requested(page), ct)));
        admin.MapGet("/deliveries/{id:guid}", async (Guid id, DeliveryLog log, CancellationToken ct) => TypedResults.Ok(await log.GetAsync(id, ct)));
        admin.MapPost("/deliveries/{id:guid}/retry", async (Guid id, DeliveryLog log, CancellationToken ct) => TypedResults.Ok(await log.RetryAsync(id, ct)));
        admin.MapPost("/deliveries/retry-dead", async (DeliveryLog log, CancellationToken ct) => TypedResults.Ok(new { requeued = await log.RetryAllDeadAsync(ct) }));

        admin.MapGet("/sms", async (MessagingDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.LocalSms.AsNoTracking().OrderByDescending(s => s.Id).Take(200).ToListAsync(ct)));
    }
}
