using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SaaS.Bench;

/// <summary>What the bench asks of a host: the operator API, and a tenant's storefront home as a visitor sees it.</summary>
public sealed class HostClient : IDisposable
{
    // Weak passwords are refused at launch, so this one meets the host's policy.
    public const string AdminPassword = "Bench-Pass-2024";

    private readonly HttpClient http;
    private readonly AuthenticationHeaderValue operatorKey;

    public HostClient(HostProcess host)
    {
        // Enough pooled connections for the phases' parallelism, so a measured request never waits for a socket.
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        // Set per operator request rather than by default: a visitor's request carries no key.
        operatorKey = new AuthenticationHeaderValue("Bearer", host.ApiKey);
    }

    /// <summary>The tenant administrator every launch by the bench names, with <see cref="AdminPassword"/>.</summary>
    public static string AdminEmail(string tenant) => $"admin@{tenant}.bench.test";

    /// <summary>Launches a tenant and checks that it came back Running.</summary>
    public Task<TenantReply> LaunchAsync(string name, string recipe, string siteName, CancellationToken cancellationToken) =>
        LaunchAsync(name, recipe, siteName, "Sqlite", cancellationToken);

    /// <summary>Launches a tenant on <paramref name="databaseProvider"/> (Sqlite, or Postgres on the host's server) and checks that it came back Running.</summary>
    public async Task<TenantReply> LaunchAsync(string name, string recipe, string siteName, string databaseProvider, CancellationToken cancellationToken)
    {
        var request = new { name, recipe, siteName, adminEmail = AdminEmail(name), adminPassword = AdminPassword, databaseProvider };
        using var response = await SendAsOperatorAsync(HttpMethod.Post, "/api/tenants", JsonContent.Create(request), cancellationToken);
        await ExpectAsync(response, HttpStatusCode.Created, $"POST /api/tenants ({name})", cancellationToken);
        var tenant = await response.Content.ReadFromJsonAsync<TenantReply>(cancellationToken)
            ?? throw new InvalidOperationException($"Launching {name} answered 201 with no tenant.");
        if (tenant.State != "Running") throw new InvalidOperationException($"Tenant {name} was launched {tenant.State}, not Running.");
        return tenant;
    }

    /// <summary>Deletes a tenant: its files, and its database on a PostgreSQL server that outlives the bench.</summary>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await SendAsOperatorAsync(HttpMethod.Delete, $"/api/tenants/{name}", content: null, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.NoContent, $"DELETE /api/tenants/{name}", cancellationToken);
    }

    public async Task<TenantReply> GetTenantAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await SendAsOperatorAsync(HttpMethod.Get, $"/api/tenants/{name}", content: null, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK, $"GET /api/tenants/{name}", cancellationToken);
        return (await response.Content.ReadFromJsonAsync<TenantReply>(cancellationToken))!;
    }

    public async Task<IReadOnlyList<TenantReply>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsOperatorAsync(HttpMethod.Get, "/api/tenants", content: null, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK, "GET /api/tenants", cancellationToken);
        return (await response.Content.ReadFromJsonAsync<List<TenantReply>>(cancellationToken))!;
    }

    /// <summary>Requests the tenant's storefront home and checks that it is the page of that marketplace.</summary>
    public async Task VisitHomeAsync(string name, string siteName, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/{name}/", cancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK, $"GET /{name}/", cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!html.Contains(WebUtility.HtmlEncode(siteName), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET /{name}/ answered 200 without its site name '{siteName}'.");
        }
    }

    /// <summary>Opens the pooled connection before anything is timed, so no timing includes a TCP handshake.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("/health", cancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK, "GET /health", cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsOperatorAsync(
        HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = operatorKey;
        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}, expected {(int)expected}: {body}");
    }
}
