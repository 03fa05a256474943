using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SaaS.Bench;

/// <summary>
/// One signed-in person's requests to a tenant's JSON API: many people share one client's connection pool, each
/// request carrying its sender's token, paths relative to the tenant.
/// </summary>
public sealed class TenantSession(HttpClient http, string tenant, string accessToken)
{
    private readonly AuthenticationHeaderValue bearer = new("Bearer", accessToken);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, $"/{tenant}{path}") { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = bearer;
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>Sends the request and reads the JSON answer; any other status than <paramref name="expected"/> throws with the body.</summary>
    public async Task<JsonElement> ExpectAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, cancellationToken);
        return await ReadAsync(response, expected, $"{method} /{tenant}{path}", cancellationToken);
    }

    /// <summary>The JSON answer of <paramref name="response"/>; any other status than <paramref name="expected"/> throws with the body.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected) throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
