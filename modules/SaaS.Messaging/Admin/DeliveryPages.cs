using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SaaS.Admin;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Settings;
using SaaS.Paging;
using SaaS.Problems;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The delivery log (filtered by state, channel and event), each message with its attempts, dead letters sent again
/// one by one or all at once; and the SMS the marketplace kept because no SMS provider is set.
/// </summary>
public static class DeliveryPages
{
    public const string Path = MessagingAdminPages.Path + "/deliveries";
    public const string SmsPath = MessagingAdminPages.Path + "/sms";
    private const string Title = "Delivery log";
    private static readonly IReadOnlyList<string> AllChannels = [.. ChannelNames.Templated, ChannelNames.Webhook];

    public static void MapDeliveryPages(this RouteGroupBuilder pages)
    {
        pages.MapGet("/deliveries", async (string? state, string? channel, string? @event, string? recipient, string? page, string? message, HttpContext http, DeliveryLog log,
            IAdminRenderer admin) =>
        {
            var filter = new DeliveryFilter(state, channel, @event, recipient);
            var (number, error) = Pager.Read(page);
            var model = new DeliveriesModel(await log.ListAsync(filter, number, http.RequestAborted), filter, Enum.GetNames<OutboxState>(), AllChannels,
                [.. MessageEventCatalog.All.Select(e => e.Name), TenantSmtpMail.AccountEvent], message, error);
            return await admin.RenderAsync(http, "MessageDeliveries", model, Title, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        });
        pages.MapGet("/deliveries/{id:guid}", async (Guid id, string? message, HttpContext http, DeliveryLog log, IAdminRenderer admin) =>
            await admin.RenderAsync(http, "MessageDelivery", new DeliveryDetailModel(await log.GetAsync(id, http.RequestAborted), message, null), "Message"));
        // The posted forms carry nothing but their antiforgery token; binding it is what makes the token checked.
        pages.MapPost("/deliveries/{id:guid}/retry", async (Guid id, HttpContext http, [FromForm] IFormCollection form, DeliveryLog log, IAdminRenderer admin) =>
        {
            try
            {
                await log.RetryAsync(id, http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}{Path}/{id}?message={Uri.EscapeDataString("The message is queued again.")}");
            }
            catch (ConflictException conflict)
            {
                var model = new DeliveryDetailModel(await log.GetAsync(id, http.RequestAborted), null, string.Join(" ", conflict.Errors.SelectMany(e => e.Value)));
                return await admin.RenderAsync(http, "MessageDelivery", model, "Message", conflict.Status);
            }
        });
        pages.MapPost("/deliveries/retry-dead", async (HttpContext http, [FromForm] IFormCollection form, DeliveryLog log) =>
        {
            var requeued = await log.RetryAllDeadAsync(http.RequestAborted);
            return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString(requeued == 0 ? "There were no dead letters." : "The dead letters are queued again.")}");
        });

        pages.MapGet("/sms", async (HttpContext http, MessagingDbContext db, MessagingSettingsStore settings, IAdminRenderer admin) =>
        {
            var sms = await db.LocalSms.AsNoTracking().OrderByDescending(s => s.Id).Take(DeliveryLog.PageSize).ToListAsync(http.RequestAborted);
            var twilio = (await settings.ViewAsync(http.RequestAborted)).TwilioConfigured;
            return await admin.RenderAsync(http, "SmsOutbox", new SmsOutboxModel(twilio, sms), "SMS outbox");
        });
    }
}
