namespace SaaS.Testing;

/// <summary>
/// Sends the Twilio client's requests (addressed to https://api.twilio.com and its other hosts) to <paramref name="baseAddress"/>
/// instead, keeping path and query: <c>new SystemNetHttpClient(new HttpClient(new TwilioBaseAddressHandler(new Uri(fake.Url))))</c>.
/// </summary>
public sealed class TwilioBaseAddressHandler(Uri baseAddress) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = baseAddress.Scheme, Host = baseAddress.Host, Port = baseAddress.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
