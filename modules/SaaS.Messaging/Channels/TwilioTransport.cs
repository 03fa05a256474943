using Twilio.Clients;

namespace SaaS.Messaging.Channels;

/// <summary>
/// One HTTP connection pool for every tenant's Twilio calls; each call carries its tenant's own credentials. When
/// <see cref="MessagingOptions.TwilioApiBase"/> is set (a local stand-in), requests go there instead of api.twilio.com.
/// </summary>
public sealed class TwilioTransport(MessagingOptions options) : IDisposable
{
    private readonly HttpClient http = new(options.TwilioApiBase is { Length: > 0 } apiBase
        ? new BaseAddressHandler(new Uri(apiBase)) { InnerHandler = new SocketsHttpHandler() }
        : new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) };

    public ITwilioRestClient Client(string accountSid, string authToken) =>
        new TwilioRestClient(accountSid, authToken, httpClient: new Twilio.Http.SystemNetHttpClient(http));

    public void Dispose() => http.Dispose();

    private sealed class BaseAddressHandler(Uri apiBase) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(apiBase, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
