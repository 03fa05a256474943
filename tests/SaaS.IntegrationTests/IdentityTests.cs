using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

public sealed class IdentityTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await host.EnsureLaunchedAsync("ident", "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registered_buyer_signs_in_and_sees_their_roles_and_tenant()
    {
        var register = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/register", new { email = "li.wei@factory.cn", password = "Buyer-Pass-2026" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);

        var token = await host.LoginAsync("/ident", "li.wei@factory.cn", "Buyer-Pass-2026");
        var me = await host.WithToken(token).GetFromJsonAsync<JsonElement>("/ident/api/me");

        Assert.Equal("li.wei@factory.cn", me.GetProperty("email").GetString());
        Assert.Equal(["Buyer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("ident", me.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task Registration_with_a_weak_password_or_taken_email_is_refused_with_the_field()
    {
        var weak = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/register", new { email = "weak@factory.cn", password = "abc" });
        Assert.Contains("at least 10 characters", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(weak, HttpStatusCode.BadRequest), "password"));

        var taken = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/register", new { email = "admin@example.com", password = "Another-Pass-2026" });
        Assert.Contains("admin@example.com", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict), "email"));

        var missing = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/login", new { email = "admin@example.com" });
        Assert.Contains("required", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest), "password"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        await host.Anonymous().PostAsJsonAsync("/ident/api/identity/register", new { email = "target@factory.cn", password = "Target-Pass-2026" });
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/login", new { email = "target@factory.cn", password = "Wrong-Pass-0000" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/login", new { email = "target@factory.cn", password = "Target-Pass-2026" });

        var problem = await ProblemAssert.IsProblemAsync(right, HttpStatusCode.Unauthorized);
        Assert.Equal("Account locked.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Password_reset_code_arrives_in_the_tenant_mail_folder_and_sets_a_new_password()
    {
        await host.Anonymous().PostAsJsonAsync("/ident/api/identity/register", new { email = "forgetful@factory.cn", password = "Forgot-Pass-2026" });

        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().PostAsJsonAsync("/ident/api/identity/forgotPassword", new { email = "forgetful@factory.cn" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().PostAsJsonAsync("/ident/api/identity/forgotPassword", new { email = "stranger@nowhere.cn" })).StatusCode);

        var code = host.CodeMailedTo("ident", "forgetful@factory.cn");
        var badCode = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/resetPassword", new { email = "forgetful@factory.cn", resetCode = "bm90LWEtY29kZQ", newPassword = "Brand-New-2026" });
        Assert.Contains("token", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badCode, HttpStatusCode.BadRequest), "resetCode"), StringComparison.OrdinalIgnoreCase);

        var reset = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/resetPassword", new { email = "forgetful@factory.cn", resetCode = code, newPassword = "Brand-New-2026" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        await host.LoginAsync("/ident", "forgetful@factory.cn", "Brand-New-2026");
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await host.Anonymous().PostAsJsonAsync("/ident/api/identity/login", new { email = "forgetful@factory.cn", password = "Forgot-Pass-2026" })).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token()
    {
        var login = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/login", new { email = "admin@example.com", password = SaaSHost.AdminPassword });
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();

        var refreshed = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await host.WithToken(access).GetAsync("/ident/api/me")).StatusCode);

        var garbage = await host.Anonymous().PostAsJsonAsync("/ident/api/identity/refresh", new { refreshToken = "garbage" });
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task Me_without_credentials_is_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/ident/api/me")).StatusCode);
    }
}
