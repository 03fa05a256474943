using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Tenancy;

namespace SaaS.IntegrationTests;

public sealed class TenantLaunchTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task Launching_industrial_mro_gives_a_running_marketplace_with_its_storefront_and_files()
    {
        var tenant = await host.LaunchAsync("mro-one", "industrial-mro", new { siteName = "震坤行测试 MRO" });

        Assert.Equal("Running", tenant.GetProperty("state").GetString());
        Assert.Equal("http://localhost/mro-one/", tenant.GetProperty("urls")[0].GetString());
        var home = await host.Anonymous().GetAsync("/mro-one/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<title>震坤行测试 MRO</title>", html);
        Assert.True(File.Exists(Path.Combine(host.AppData, "Sites", "mro-one", "tenant.db")));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/mro-one/robots.txt")).StatusCode);
    }

    [Fact]
    public async Task The_site_name_is_html_encoded_on_the_storefront()
    {
        await host.LaunchAsync("encoded", extra: new { siteName = "<script>alert(1)</script> Tools & Co" });
        var html = await host.Anonymous().GetStringAsync("/encoded/");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Tools &amp; Co", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Recipes_are_listed_for_the_operator()
    {
        var recipes = await host.Operator().GetFromJsonAsync<JsonElement>("/api/recipes");
        var mro = recipes.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "industrial-mro");
        Assert.Equal("industrial-mro", mro.GetProperty("vertical").GetString());
        Assert.False(string.IsNullOrEmpty(mro.GetProperty("displayName").GetString()));
        Assert.Contains(recipes.EnumerateArray(), r => r.GetProperty("name").GetString() == "blank");
    }

    [Fact]
    public async Task Operator_api_refuses_requests_without_the_key()
    {
        var anonymous = await host.Anonymous().GetAsync("/api/tenants");
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        var wrongKey = host.Anonymous();
        wrongKey.DefaultRequestHeaders.Authorization = new("Bearer", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.PostAsJsonAsync("/api/tenants", new { name = "sneaky" })).StatusCode);
        Assert.Null(host.Services.GetRequiredService<TenantCatalog>().Find("sneaky"));
    }

    [Fact]
    public async Task Invalid_requests_name_every_offending_field()
    {
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", new
        {
            name = "Bad_Name",
            recipe = "blank",
            urlPrefix = "api",
            hostNames = new[] { "not a host" },
            adminEmail = "nobody",
            adminPassword = "weak",
            databaseProvider = "Oracle",
        });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("^[a-z][a-z0-9-]{1,39}$", ProblemAssert.FieldErrors(problem, "name"));
        Assert.Contains("reserved", ProblemAssert.FieldErrors(problem, "urlPrefix"));
        Assert.Contains("not a host name", ProblemAssert.FieldErrors(problem, "hostNames[0]"));
        Assert.Contains("e-mail", ProblemAssert.FieldErrors(problem, "adminEmail"));
        Assert.Contains("at least 10 characters", ProblemAssert.FieldErrors(problem, "adminPassword"));
        Assert.Contains("Sqlite or Postgres", ProblemAssert.FieldErrors(problem, "databaseProvider"));
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_the_path()
    {
        var wrongType = await host.Operator().PostAsync("/api/tenants",
            new StringContent("{\"name\": \"typed\", \"hostNames\": \"not-a-list\"}", System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(wrongType, HttpStatusCode.BadRequest);
        Assert.Contains("$.hostNames", ProblemAssert.FieldErrors(problem, "$.hostNames"));

        var truncated = await host.Operator().PostAsync("/api/tenants", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(truncated, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("health")]
    [InlineData("css")]
    public async Task Reserved_prefixes_are_refused(string prefix)
    {
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", new
        {
            name = "takes-" + prefix, recipe = "blank", urlPrefix = prefix, adminEmail = "a@b.cn", adminPassword = SaaSHost.AdminPassword,
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains($"'{prefix}' is reserved", ProblemAssert.FieldErrors(problem, "urlPrefix"));
    }

    [Fact]
    public async Task Unknown_recipe_is_422_naming_it()
    {
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", new
        {
            name = "no-recipe", recipe = "space-mining", adminEmail = "a@b.cn", adminPassword = SaaSHost.AdminPassword,
        });
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("'space-mining'", ProblemAssert.FieldErrors(problem, "recipe"));
        Assert.False(Directory.Exists(Path.Combine(host.AppData, "Sites", "no-recipe")));
    }

    [Fact]
    public async Task Taken_names_prefixes_and_host_names_are_409_naming_the_clash()
    {
        await host.LaunchAsync("clash-a", extra: new { urlPrefix = "clash-a", hostNames = new[] { "a.clash.example" } });

        var sameName = await host.Operator().PostAsJsonAsync("/api/tenants", Request("clash-a"));
        Assert.Contains("clash-a", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(sameName, HttpStatusCode.Conflict), "name"));

        var samePrefix = await host.Operator().PostAsJsonAsync("/api/tenants", Request("clash-b", urlPrefix: "clash-a"));
        Assert.Contains("used by tenant 'clash-a'", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(samePrefix, HttpStatusCode.Conflict), "urlPrefix"));

        var sameHost = await host.Operator().PostAsJsonAsync("/api/tenants", Request("clash-c", hostNames: ["A.Clash.Example"]));
        Assert.Contains("'a.clash.example' is already used by tenant 'clash-a'",
            ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(sameHost, HttpStatusCode.Conflict), "hostNames"));
    }

    [Fact]
    public async Task Racing_launches_of_one_name_give_one_tenant_and_one_409()
    {
        var racers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => host.Operator().PostAsJsonAsync("/api/tenants", Request("photo-finish"))));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], racers.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/photo-finish/")).StatusCode);
    }

    [Fact]
    public async Task Disabled_tenant_answers_404_until_enabled_again()
    {
        await host.LaunchAsync("pausable");
        var client = host.Operator();

        var disabled = await client.PostAsync("/api/tenants/pausable/disable", null);
        Assert.Equal("Disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        await ProblemAssert.IsProblemAsync(await host.Anonymous().GetAsync("/pausable/"), HttpStatusCode.NotFound);

        await client.PostAsync("/api/tenants/pausable/enable", null);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/pausable/")).StatusCode);
        Assert.Equal("Running", (await client.GetFromJsonAsync<JsonElement>("/api/tenants/pausable")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Deleting_removes_database_and_files_and_the_name_can_be_reused()
    {
        await host.LaunchAsync("short-lived", extra: new { siteName = "First life" });
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/short-lived/")).StatusCode);
        var folder = Path.Combine(host.AppData, "Sites", "short-lived");
        Assert.True(Directory.Exists(folder));

        Assert.Equal(HttpStatusCode.NoContent, (await host.Operator().DeleteAsync("/api/tenants/short-lived")).StatusCode);

        Assert.False(Directory.Exists(folder));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/short-lived/")).StatusCode);
        await ProblemAssert.IsProblemAsync(await host.Operator().GetAsync("/api/tenants/short-lived"), HttpStatusCode.NotFound);

        await host.LaunchAsync("short-lived", extra: new { siteName = "Second life" });
        Assert.Contains("Second life", await host.Anonymous().GetStringAsync("/short-lived/"));
    }

    [Fact]
    public async Task A_tenant_being_set_up_answers_503_with_retry_after()
    {
        var catalog = host.Services.GetRequiredService<TenantCatalog>();
        await catalog.UpdateAsync("warming-up", (_, _) => new TenantSettings
        {
            Name = "warming-up",
            State = TenantState.Initializing,
            UrlPrefix = "warming-up",
            Recipe = "blank",
            CreatedUtc = DateTimeOffset.UtcNow,
            Version = 1,
        }, CancellationToken.None);

        var response = await host.Anonymous().GetAsync("/warming-up/");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Unknown_tenant_and_host_paths_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/nobody-here/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Tenant_list_shows_every_tenant_without_connection_strings()
    {
        await host.LaunchAsync("listed");
        var body = await host.Operator().GetStringAsync("/api/tenants");
        var tenants = JsonDocument.Parse(body).RootElement;
        Assert.Contains(tenants.EnumerateArray(), t => t.GetProperty("name").GetString() == "listed");
        Assert.DoesNotContain("connectionString", body, StringComparison.OrdinalIgnoreCase);
    }

    private static object Request(string name, string? urlPrefix = null, string[]? hostNames = null) => new
    {
        name, recipe = "blank", urlPrefix, hostNames, adminEmail = "a@b.cn", adminPassword = SaaSHost.AdminPassword,
    };
}
