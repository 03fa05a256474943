using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Tenants on a real PostgreSQL server, database per tenant, and the host store on PostgreSQL.</summary>
public sealed class PostgresTenantTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_postgres_tenant_gets_its_own_database_serves_signs_in_and_is_dropped_on_delete()
    {
        var name = "pg-" + RunId;
        var database = "saas_" + name.Replace('-', '_');
        var tenant = await host.LaunchAsync(name, "industrial-mro", new { databaseProvider = "Postgres", siteName = "药品采购 Pharma PG" });

        Assert.Equal("Postgres", tenant.GetProperty("databaseProvider").GetString());
        Assert.True(await TestPostgres.DatabaseExistsAsync(database));
        Assert.Equal("药品采购 Pharma PG", await TestPostgres.ScalarAsync(database, "SELECT \"SiteName\" FROM \"Site\""));
        Assert.False(File.Exists(Path.Combine(host.AppData, "Sites", name, "tenant.db")));
        Assert.Contains("药品采购 Pharma PG", await host.Anonymous().GetStringAsync($"/{name}/"));

        var admin = host.WithToken(await host.LoginAsync($"/{name}", "admin@example.com"));
        Assert.Equal(name, (await admin.GetFromJsonAsync<JsonElement>($"/{name}/api/me")).GetProperty("tenant").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{name}/api/admin/features/Seo/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync($"/{name}/robots.txt")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Operator().DeleteAsync($"/api/tenants/{name}")).StatusCode);
        Assert.False(await TestPostgres.DatabaseExistsAsync(database));
    }

    [Fact]
    public async Task A_failing_recipe_on_postgres_drops_the_database_it_created()
    {
        var name = "pgfail-" + RunId;
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", new
        {
            name, recipe = "explodes", adminEmail = "admin@example.com", adminPassword = SaaSHost.AdminPassword, databaseProvider = "Postgres",
        });

        await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.False(await TestPostgres.DatabaseExistsAsync("saas_" + name.Replace('-', '_')));
    }

    [Fact]
    public async Task The_host_store_itself_can_live_on_postgres()
    {
        var hostDatabase = "saas_host_" + RunId;
        using (var pgHost = SaaSHost.With(new Dictionary<string, string?>
        {
            ["SaaS:HostDatabase:Provider"] = "Postgres",
            ["SaaS:HostDatabase:ConnectionString"] = TestPostgres.Database(hostDatabase),
        }))
        {
            await pgHost.LaunchAsync("on-pg-host");
            Assert.Equal("on-pg-host", await TestPostgres.ScalarAsync(hostDatabase, "SELECT \"Name\" FROM \"Tenants\""));
            Assert.Equal(HttpStatusCode.OK, (await pgHost.Anonymous().GetAsync("/on-pg-host/")).StatusCode);
        }
        Assert.True(await TestPostgres.DatabaseExistsAsync(hostDatabase));
    }
}
