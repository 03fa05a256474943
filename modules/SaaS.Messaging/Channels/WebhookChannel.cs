using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using SaaS.Tenants;

namespace SaaS.Messaging.Channels;

/// <summary>
/// Posts events to the endpoints subscribed to them. The body is the event and its payload as JSON; the receiver
/// checks <c>X-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))</c> with <c>X-Timestamp</c> (Unix
/// seconds) and drops repeats by <c>X-Delivery-Id</c>, which stays the same across retries.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory clients, TimeProvider clock) : IMessageChannel
{
    public const string HttpClientName = "messaging-webhooks";

    public string Name => ChannelNames.Webhook;

    public static bool Subscribes(WebhookEndpoint endpoint, string eventName) =>
        endpoint.Events == "*" || endpoint.Events.Split(',', StringSplitOptions.TrimEntries).Contains(eventName);

    public static string Signature(string secret, long timestamp, string body) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public Task<IChannelSession> OpenAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        Task.FromResult<IChannelSession>(new Session(clients.CreateClient(HttpClientName), tenantServices.GetRequiredService<MessagingDbContext>(),
            tenantServices.GetRequiredService<MessagingSettingsStore>(), tenantServices.GetRequiredService<ITenant>(), clock));

    private sealed class Session(HttpClient http, MessagingDbContext db, MessagingSettingsStore secrets, ITenant tenant, TimeProvider clock) : IChannelSession
    {
        private readonly Dictionary<Guid, (WebhookEndpoint Endpoint, string Secret)?> endpoints = [];

        public bool InDatabase => false;

        public async Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken)
        {
            var (endpoint, secret) = await EndpointAsync(Guid.Parse(message.Address), cancellationToken);
            var body = new JsonObject
            {
                ["id"] = message.Id.ToString(),
                ["event"] = message.Event,
                ["tenant"] = tenant.Name,
                ["occurredAt"] = DateTimeOffset.FromUnixTimeMilliseconds(message.CreatedAt).ToString("O"),
                ["data"] = JsonNode.Parse(message.PayloadJson),
            }.ToJsonString();
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Event", message.Event);
            request.Headers.Add("X-Delivery-Id", message.Id.ToString());
            request.Headers.Add("X-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Signature", Signature(secret, timestamp, body));
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode) return $"HTTP {(int)response.StatusCode}";
                var status = (int)response.StatusCode;
                var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                throw new ChannelException($"{endpoint.Url} answered HTTP {status}.", permanent: !transient);
            }
            catch (HttpRequestException e) when (e.InnerException is WebhookAddressException refused)
            {
                throw new ChannelException(refused.Message, permanent: true, e);
            }
            catch (HttpRequestException e)
            {
                throw new ChannelException($"{endpoint.Url} could not be reached: {e.Message}", permanent: false, e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ChannelException($"{endpoint.Url} did not answer in time.", permanent: false, e);
            }
        }

        /// <summary>The endpoint and its secret, read and decrypted once per run of sends rather than per message.</summary>
        private async Task<(WebhookEndpoint Endpoint, string Secret)> EndpointAsync(Guid id, CancellationToken cancellationToken)
        {
            if (!endpoints.TryGetValue(id, out var found))
            {
                var endpoint = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
                endpoints[id] = found = endpoint is null ? null : (endpoint, secrets.Unprotect(endpoint.SecretProtected)!);
            }
            if (found is not { } known) throw new ChannelException("The webhook endpoint was deleted.", permanent: true);
            if (!known.Endpoint.Enabled) throw new ChannelException("The webhook endpoint is disabled.", permanent: true);
            return known;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
