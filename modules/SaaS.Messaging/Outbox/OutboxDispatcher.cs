using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using SaaS.Tenants;

namespace SaaS.Messaging.Outbox;

/// <summary>
/// Sends a tenant's due messages. A batch is claimed with one conditional UPDATE (a lease with this run's token), so
/// two nodes never send the same message; each message's outcome is recorded as soon as its channel answers. A
/// node that dies mid-batch leaves its claimed messages to be taken again when the lease runs out: messages are
/// never lost, and the only ones sent twice are those a channel accepted in the instant before the node died,
/// which carry the same Message-ID or delivery id both times. In-database channels (inbox, local SMS) deliver in
/// the transaction that records them, so never twice.
/// </summary>
public sealed partial class OutboxDispatcher(
    IActiveTenants tenants, IEnumerable<IMessageChannel> channels, MessageRenderer renderer, DefaultTemplates defaults, ChannelRateLimits limits,
    MessagingOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends everything due in the tenant, batch after batch.</summary>
    /// <returns>How many messages were handled (sent, retried later or dead-lettered).</returns>
    public async Task<int> DispatchAsync(string tenantName, CancellationToken cancellationToken)
    {
        var handled = 0;
        while (true)
        {
            var (token, claimed) = await ClaimAsync(tenantName, cancellationToken);
            if (claimed.Count == 0) return handled;
            foreach (var group in claimed.GroupBy(m => m.Channel))
            {
                var channel = channels.Single(c => c.Name == group.Key);
                var lanes = group.Count() < 8 || group.Key == ChannelNames.Inbox ? 1 : Math.Max(1, options.Lanes);
                await Task.WhenAll(group.Select((message, index) => (message, index)).GroupBy(x => x.index % lanes)
                    .Select(lane => SendLaneAsync(tenantName, channel, token, lane.Select(x => x.message).ToList(), cancellationToken)));
            }
            handled += claimed.Count;
            if (claimed.Count < options.BatchSize) return handled;
        }
    }

    private async Task<(Guid Token, IReadOnlyList<OutboxMessage> Claimed)> ClaimAsync(string tenantName, CancellationToken cancellationToken)
    {
        if (tenants.CreateScope(tenantName) is not { } scope) return (Guid.Empty, []);
        await using (scope)
        {
            if (!scope.ServiceProvider.GetRequiredService<ITenant>().IsFeatureEnabled(Manifest.MessagingFeature)) return (Guid.Empty, []);
            var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var due = await Due(db.Outbox.AsNoTracking(), now).OrderBy(m => m.Id).Select(m => m.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0) return (Guid.Empty, []);
            var token = Guid.CreateVersion7();
            var leaseUntil = now + (long)options.Lease.TotalMilliseconds;
            // In a transaction so the UPDATE queues with the business writes on SQLite's write gate rather than
            // meeting their lock in Microsoft.Data.Sqlite's blocking 150 ms busy retries.
            await using var transaction = await scope.ServiceProvider.GetRequiredService<ITenantDatabase>().BeginTransactionAsync(cancellationToken);
            await Due(db.Outbox.Where(m => due.Contains(m.Id)), now).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.State, OutboxState.Sending).SetProperty(m => m.LeaseOwner, token).SetProperty(m => m.LeaseUntil, leaseUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            var claimed = await db.Outbox.AsNoTracking().Where(m => m.LeaseOwner == token && m.State == OutboxState.Sending).OrderBy(m => m.Id).ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (token, claimed);
        }
    }

    /// <summary>Waiting and due, or claimed by a node whose lease ran out.</summary>
    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, long now) =>
        messages.Where(m => ((m.State == OutboxState.Queued || m.State == OutboxState.Retrying) && m.NextAttemptAt <= now)
            || (m.State == OutboxState.Sending && m.LeaseUntil < now));

    private async Task SendLaneAsync(string tenantName, IMessageChannel channel, Guid token, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (tenants.CreateScope(tenantName) is not { } scope) return;
        await using (scope)
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<MessagingDbContext>();
            var database = services.GetRequiredService<ITenantDatabase>();
            var tenant = services.GetRequiredService<ITenant>();
            var settings = await services.GetRequiredService<MessagingSettingsStore>().GetAsync(cancellationToken);
            var templates = await TemplateBook.LoadAsync(db, defaults, cancellationToken);
            await using var session = await channel.OpenAsync(services, cancellationToken);
            foreach (var message in messages)
            {
                if (RateOf(channel.Name, settings) is { } rate) await limits.WaitTurnAsync(tenantName, channel.Name, rate, cancellationToken);
                RenderedMessage rendered;
                try
                {
                    rendered = channel.Name == ChannelNames.Webhook
                        ? new RenderedMessage(message.Event, "", null)
                        : renderer.Render(templates.For(message.Event, channel.Name, message.Locale), message.PayloadJson, message.Locale, tenant.Site.DefaultCurrency,
                            html: channel.Name == ChannelNames.Email);
                }
                catch (TemplateRenderException e)
                {
                    await FailAsync(db, database, message, token, $"The {message.Locale} {channel.Name} template of {message.Event} failed: {e.Message}", permanent: true, cancellationToken);
                    continue;
                }
                try
                {
                    if (session.InDatabase)
                    {
                        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
                        var id = await session.DeliverAsync(message, rendered, cancellationToken);
                        if (!await MarkSentAsync(db, message, token, rendered.Subject, id, cancellationToken)) continue;
                        await transaction.CommitAsync(cancellationToken);
                    }
                    else
                    {
                        var id = await session.DeliverAsync(message, rendered, cancellationToken);
                        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
                        await MarkSentAsync(db, message, token, rendered.Subject, id, cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                    }
                }
                catch (ChannelException e)
                {
                    await FailAsync(db, database, message, token, e.Message, e.Permanent, cancellationToken);
                }
            }
        }
    }

    private static int? RateOf(string channel, MessagingSettings settings) => channel switch
    {
        ChannelNames.Email => settings.EmailPerSecond,
        ChannelNames.Sms => settings.SmsPerSecond,
        ChannelNames.Webhook => settings.WebhookPerSecond,
        _ => null,
    };

    /// <returns>False when the lease was lost (another node took the message after this one stalled): that node records it.</returns>
    private async Task<bool> MarkSentAsync(MessagingDbContext db, OutboxMessage message, Guid token, string? subject, string? providerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var subjectLine = subject is { Length: > 500 } ? subject[..500] : subject;
        var provider = providerId is { Length: > 200 } ? providerId[..200] : providerId;
        return await db.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == token).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, OutboxState.Sent).SetProperty(m => m.SentAt, now).SetProperty(m => m.Subject, subjectLine)
            .SetProperty(m => m.ProviderId, provider).SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntil, (long?)null), cancellationToken) == 1;
    }

    private async Task FailAsync(MessagingDbContext db, ITenantDatabase database, OutboxMessage message, Guid token, string error, bool permanent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var dead = permanent || message.Attempts >= options.MaxAttempts;
        var next = dead ? message.NextAttemptAt : now + (long)Backoff(message.Attempts).TotalMilliseconds;
        var text = error.Length > 2000 ? error[..2000] : error;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == token).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, dead ? OutboxState.Dead : OutboxState.Retrying).SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, text)
            .SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeaseUntil, (long?)null), cancellationToken);
        if (updated == 0) return;
        db.Attempts.Add(new DeliveryAttempt { MessageId = message.Id, Number = message.Attempts, Outcome = dead ? "Dead" : "Failed", Error = text, At = now });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
        if (dead) DeadLettered(logger, message.Id, message.Event, message.Channel, text);
    }

    /// <summary>Doubling from <see cref="MessagingOptions.RetryBase"/>, capped, with "equal jitter" (half fixed, half random) so retries of a burst spread out.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = Math.Min(options.RetryMax.TotalMilliseconds, options.RetryBase.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromMilliseconds(exponential / 2 + Random.Shared.NextDouble() * exponential / 2);
    }

    [LoggerMessage(LogLevel.Warning, "Message {MessageId} ({Event} by {Channel}) is a dead letter: {Error}")]
    private static partial void DeadLettered(ILogger logger, Guid messageId, string @event, string channel, string error);
}
