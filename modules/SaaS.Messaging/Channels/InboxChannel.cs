using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.InSite;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Templates;

namespace SaaS.Messaging.Channels;

/// <summary>The in-site inbox: the message lands in the recipient's list in the transaction that marks it sent.</summary>
public sealed class InboxChannel(TimeProvider clock) : IMessageChannel
{
    public string Name => ChannelNames.Inbox;

    public Task<IChannelSession> OpenAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        Task.FromResult<IChannelSession>(new Session(tenantServices.GetRequiredService<MessagingDbContext>(), clock));

    private sealed class Session(MessagingDbContext db, TimeProvider clock) : IChannelSession
    {
        public bool InDatabase => true;

        public async Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken)
        {
            using var payload = JsonDocument.Parse(message.PayloadJson);
            var link = payload.RootElement.TryGetProperty("link", out var found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;
            var item = new InboxItem
            {
                UserId = message.Address, MessageId = message.Id, Event = message.Event, Title = Truncate(rendered.Subject ?? message.Event, 500),
                Body = rendered.Body, Link = link is { Length: <= 500 } ? link : null, CreatedUtc = clock.GetUtcNow(),
            };
            db.Inbox.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return item.Id.ToString();
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
    }
}
