using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace SaaS.Messaging.Channels;

/// <summary>
/// SMS through the marketplace's Twilio account; without one, into the local SMS outbox the operator reads in the
/// admin (written in the transaction that marks the message sent, so never twice).
/// </summary>
public sealed class SmsChannel(TwilioTransport transport, TimeProvider clock) : IMessageChannel
{
    public string Name => ChannelNames.Sms;

    public async Task<IChannelSession> OpenAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var store = tenantServices.GetRequiredService<MessagingSettingsStore>();
        var settings = await store.GetAsync(cancellationToken);
        if (settings is { TwilioAccountSid: { } sid, TwilioAuthTokenProtected: { } token, TwilioFrom: { } from })
        {
            return new TwilioSession(transport.Client(sid, store.Unprotect(token)!), from);
        }
        return new LocalSession(tenantServices.GetRequiredService<MessagingDbContext>(), clock);
    }

    private sealed class TwilioSession(ITwilioRestClient client, string from) : IChannelSession
    {
        public bool InDatabase => false;

        public async Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken)
        {
            var options = new CreateMessageOptions(new PhoneNumber(message.Address)) { Body = rendered.Body };
            if (from.StartsWith("MG", StringComparison.Ordinal)) options.MessagingServiceSid = from;
            else options.From = new PhoneNumber(from);
            try
            {
                var sent = await MessageResource.CreateAsync(options, client);
                return sent.Sid;
            }
            catch (ApiException e)
            {
                // Twilio's 4xx (an invalid number, a blocked recipient) stay so; 429 and 5xx pass.
                throw new ChannelException($"Twilio {e.Status} (code {e.Code}): {e.Message}", permanent: e.Status is >= 400 and < 500 and not 429, e);
            }
            catch (ApiConnectionException e)
            {
                throw new ChannelException($"Twilio could not be reached: {e.Message}", permanent: false, e);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class LocalSession(MessagingDbContext db, TimeProvider clock) : IChannelSession
    {
        public bool InDatabase => true;

        public async Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken)
        {
            var sms = new LocalSms { MessageId = message.Id, To = message.Address, Body = rendered.Body, Segments = SmsSegments.Count(rendered.Body), CreatedUtc = clock.GetUtcNow() };
            db.LocalSms.Add(sms);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return sms.Id.ToString();
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
