using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Tenants are walls: nothing issued by one is honoured by another, in either direction.</summary>
public sealed class TenantIsolationTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string SharedEmail = "buyer@shared-company.cn";

    public async Task InitializeAsync()
    {
        if (host.Services.GetService(typeof(SaaS.Tenancy.TenantCatalog)) is SaaS.Tenancy.TenantCatalog catalog && catalog.Find("iso-a") is not null) return;
        await host.LaunchAsync("iso-a", extra: new { siteName = "Alpha Supplies", urlPrefix = "iso-a", hostNames = new[] { "alpha.example.com", "*.alpha-shops.example.com" } }, adminEmail: SharedEmail);
        await host.LaunchAsync("iso-b", extra: new { siteName = "Beta Pharma", urlPrefix = "iso-b", hostNames = new[] { "beta.example.com" } }, adminEmail: SharedEmail);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_bearer_token_of_one_tenant_is_refused_by_the_other_both_ways()
    {
        var tokenA = await host.LoginAsync("/iso-a", SharedEmail);
        var tokenB = await host.LoginAsync("/iso-b", SharedEmail);

        var meA = await host.WithToken(tokenA).GetFromJsonAsync<JsonElement>("/iso-a/api/me");
        Assert.Equal("iso-a", meA.GetProperty("tenant").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokenA).GetAsync("/iso-b/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokenB).GetAsync("/iso-a/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(tokenA, "http://beta.example.com").GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(tokenA, "http://alpha.example.com").GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_of_one_tenant_is_refused_by_the_other_both_ways()
    {
        var cookieA = await CookieLoginAsync("/iso-a");
        var cookieB = await CookieLoginAsync("/iso-b");
        Assert.Contains("path=/iso-a", cookieA.Raw, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookieA.Pair, "/iso-a/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookieA.Pair, "/iso-b/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookieB.Pair, "/iso-a/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_same_email_has_separate_accounts_and_passwords_per_tenant()
    {
        var register = await host.Anonymous().PostAsJsonAsync("/iso-a/api/identity/register",
            new { email = "twin@factory.cn", password = "Alpha-Only-2026" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);

        var atB = await host.Anonymous().PostAsJsonAsync("/iso-b/api/identity/login", new { email = "twin@factory.cn", password = "Alpha-Only-2026" });
        await ProblemAssert.IsProblemAsync(atB, HttpStatusCode.Unauthorized);

        var registerB = await host.Anonymous().PostAsJsonAsync("/iso-b/api/identity/register",
            new { email = "twin@factory.cn", password = "Beta-Only-2026x" });
        Assert.Equal(HttpStatusCode.Created, registerB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await host.Anonymous().PostAsJsonAsync("/iso-a/api/identity/login", new { email = "twin@factory.cn", password = "Beta-Only-2026x" })).StatusCode);
        await host.LoginAsync("/iso-b", "twin@factory.cn", "Beta-Only-2026x");
    }

    [Fact]
    public async Task Host_names_resolve_exactly_then_by_wildcard_and_a_prefix_cannot_cross_into_another_tenant()
    {
        Assert.Contains("Alpha Supplies", await host.Anonymous("http://alpha.example.com").GetStringAsync("/"));
        Assert.Contains("Alpha Supplies", await host.Anonymous("http://shop1.alpha-shops.example.com").GetStringAsync("/"));
        Assert.Contains("Beta Pharma", await host.Anonymous("http://beta.example.com").GetStringAsync("/"));

        // On beta's host, alpha's prefix is just a path inside beta: it must not reach alpha.
        var crossing = await host.Anonymous("http://beta.example.com").GetAsync("/iso-a/");
        Assert.Equal(HttpStatusCode.NotFound, crossing.StatusCode);
        Assert.DoesNotContain("Alpha Supplies", await crossing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Host_endpoints_are_not_reachable_inside_a_tenant_and_tenant_endpoints_not_outside()
    {
        var operatorInTenant = host.Operator();
        Assert.Equal(HttpStatusCode.NotFound, (await operatorInTenant.GetAsync("/iso-a/api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous("http://alpha.example.com").GetAsync("/api/recipes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().PostAsJsonAsync("/api/identity/login", new { email = SharedEmail, password = SaaSHost.AdminPassword })).StatusCode);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_database_file()
    {
        var a = Path.Combine(host.AppData, "Sites", "iso-a", "tenant.db");
        var b = Path.Combine(host.AppData, "Sites", "iso-b", "tenant.db");
        Assert.True(File.Exists(a));
        Assert.True(File.Exists(b));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={a};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SiteName FROM Site";
        Assert.Equal("Alpha Supplies", await command.ExecuteScalarAsync());
    }

    private async Task<(string Pair, string Raw)> CookieLoginAsync(string tenant)
    {
        var response = await host.Anonymous().PostAsJsonAsync($"{tenant}/api/identity/login?useCookies=true",
            new { email = SharedEmail, password = SaaSHost.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".saas.identity=", StringComparison.Ordinal));
        return (raw.Split(';')[0], raw);
    }

    private Task<HttpResponseMessage> WithCookie(string cookie, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return host.Anonymous().SendAsync(request);
    }
}
