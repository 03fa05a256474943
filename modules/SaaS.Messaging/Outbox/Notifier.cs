using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Messaging.Rules;
using SaaS.Tenants;

namespace SaaS.Messaging.Outbox;

/// <summary>
/// Queues the messages an occurrence calls for, in the caller's transaction: they exist exactly when the change they
/// report does. Each (event, occurrence, recipient, channel) is queued once, however often the occurrence is told.
/// The dispatcher is woken once the transaction commits.
/// </summary>
public sealed class Notifier(
    MessagingDbContext db, ITenantDatabase database, ITenant tenant, ITenantLinks links, RuleBook rules, Recipients recipients, DispatchSignals signals, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task NotifyAsync(Occurrence occurrence, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Manifest.MessagingFeature)) return;
        var messageEvent = MessageEventCatalog.Find(occurrence.Event) ?? throw new ArgumentException($"{occurrence.Event} is not in the message catalog.", nameof(occurrence));
        var siteUrl = links.SiteUrl();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var messages = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);

        var audiences = new List<(NotificationRule Rule, IReadOnlyList<Recipient> People)>();
        foreach (var rule in (await rules.ForAsync(occurrence.Event, cancellationToken)).Where(r => r.Enabled))
        {
            audiences.Add((rule, await recipients.ResolveAsync(rule, occurrence.Parties, cancellationToken)));
        }
        var optedOut = messageEvent.Essential ? [] : await OptedOutAsync(audiences.SelectMany(a => a.People).Select(p => p.UserId).OfType<string>().Distinct().ToList(),
            occurrence.Event, cancellationToken);
        foreach (var (rule, people) in audiences)
        {
            var channels = rule.Channels.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var payload = Payload(occurrence, siteUrl, occurrence.Links.GetValueOrDefault(rule.Audience) ?? "/");
            foreach (var recipient in people)
            {
                foreach (var channel in channels.Where(c => recipient.UserId is null || !optedOut.Contains((recipient.UserId, c))))
                {
                    if (Address(channel, recipient) is not { } address) continue;
                    var key = $"{occurrence.Event}:{occurrence.Key}:{recipient.Key}:{channel}";
                    messages.TryAdd(key, new OutboxMessage
                    {
                        Event = occurrence.Event, IdempotencyKey = key, Channel = channel, Recipient = recipient.Key, Party = recipient.Party,
                        Address = address, Locale = recipient.Locale, PayloadJson = payload, NextAttemptAt = now, CreatedAt = now,
                    });
                }
            }
        }
        foreach (var endpoint in await db.Webhooks.AsNoTracking().Where(w => w.Enabled).OrderBy(w => w.Id).ToListAsync(cancellationToken))
        {
            if (!WebhookChannel.Subscribes(endpoint, occurrence.Event)) continue;
            var key = $"{occurrence.Event}:{occurrence.Key}:webhook:{endpoint.Id}:{ChannelNames.Webhook}";
            messages.TryAdd(key, new OutboxMessage
            {
                Event = occurrence.Event, IdempotencyKey = key, Channel = ChannelNames.Webhook, Recipient = $"webhook:{endpoint.Id}", Party = "webhook",
                Address = endpoint.Id.ToString(), Locale = tenant.Site.Locale, PayloadJson = Payload(occurrence, siteUrl, null), NextAttemptAt = now, CreatedAt = now,
            });
        }
        if (messages.Count == 0) return;

        var keys = messages.Keys.ToList();
        var queued = await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !queued.Contains(m.Key)).Select(m => m.Value).ToList();
        if (fresh.Count == 0) return;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Outbox.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var tenantName = tenant.Name;
        database.AfterCommit(() => signals.Wake(tenantName));
    }

    /// <summary>The occurrence's payload with what every template may use: the marketplace's name and the link for this audience.</summary>
    private string Payload(Occurrence occurrence, string siteUrl, string? path)
    {
        var payload = new Dictionary<string, object?>(occurrence.Payload) { ["site_name"] = tenant.Site.SiteName };
        if (path is not null) payload["link"] = siteUrl + path;
        return JsonSerializer.Serialize(payload, Json);
    }

    /// <summary>Which of these users turned which channel off for the event: one query for everyone the occurrence reaches.</summary>
    private async Task<HashSet<(string UserId, string Channel)>> OptedOutAsync(IReadOnlyList<string> userIds, string eventName, CancellationToken cancellationToken) =>
        userIds.Count == 0 ? [] : (await db.Preferences.AsNoTracking().Where(p => p.Event == eventName && userIds.Contains(p.UserId)).ToListAsync(cancellationToken))
            .Select(p => (p.UserId, p.Channel)).ToHashSet();

    private static string? Address(string channel, Recipient recipient) => channel switch
    {
        ChannelNames.Email => string.IsNullOrWhiteSpace(recipient.Email) ? null : recipient.Email,
        ChannelNames.Sms => string.IsNullOrWhiteSpace(recipient.Phone) ? null : recipient.Phone,
        ChannelNames.Inbox => recipient.UserId,
        _ => null,
    };
}
