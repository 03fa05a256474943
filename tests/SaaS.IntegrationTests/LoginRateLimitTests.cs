using System.Net;
using System.Net.Http.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Logins_past_the_limit_are_429_per_tenant_without_touching_other_tenants()
    {
        using var host = SaaSHost.With(new Dictionary<string, string?> { ["SaaS:LoginPermitsPerMinute"] = "3" });
        await host.LaunchAsync("rl-a");
        await host.LaunchAsync("rl-b");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await host.Anonymous().PostAsJsonAsync("/rl-a/api/identity/login", new { email = "x@y.cn", password = "Nope-Nope-123" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var limited = await host.Anonymous().PostAsJsonAsync("/rl-a/api/identity/login", new { email = "admin@example.com", password = SaaSHost.AdminPassword });
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        await host.LoginAsync("/rl-b", "admin@example.com");
    }
}
