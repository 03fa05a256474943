using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Tenancy;

namespace SaaS.IntegrationTests;

/// <summary>Tenants are activated lazily, released when idle, and rebuilt when their settings change.</summary>
public sealed class TenantActivationTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    private ShellHost Shells => host.Services.GetRequiredService<ShellHost>();

    private TenantCatalog Catalog => host.Services.GetRequiredService<TenantCatalog>();

    [Fact]
    public async Task A_tenant_is_activated_by_its_first_request_and_again_after_release()
    {
        await host.LaunchAsync("lazy", extra: new { siteName = "Lazy Mart" });
        Assert.False(Shells.IsActive("lazy"));

        Assert.Contains("Lazy Mart", await host.Anonymous().GetStringAsync("/lazy/"));
        Assert.True(Shells.IsActive("lazy"));

        Shells.Release("lazy");
        Assert.False(Shells.IsActive("lazy"));
        Assert.Contains("Lazy Mart", await host.Anonymous().GetStringAsync("/lazy/"));
        Assert.True(Shells.IsActive("lazy"));
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_activation()
    {
        await host.LaunchAsync("crowd");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Anonymous().GetAsync("/crowd/")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(Shells.IsActive("crowd"));
    }

    [Fact]
    public async Task Idle_tenants_are_released_by_the_reaper_and_reported_inactive()
    {
        using var quick = SaaSHost.With(new Dictionary<string, string?>
        {
            ["SaaS:TenantIdleTimeout"] = "00:00:00.300",
            ["SaaS:TenantReaperInterval"] = "00:00:00.100",
        });
        await quick.LaunchAsync("sleepy");
        Assert.Equal(HttpStatusCode.OK, (await quick.Anonymous().GetAsync("/sleepy/")).StatusCode);

        var released = false;
        for (var attempt = 0; attempt < 100 && !released; attempt++)
        {
            await Task.Delay(100);
            released = !(await quick.Operator().GetFromJsonAsync<JsonElement>("/api/tenants/sleepy")).GetProperty("active").GetBoolean();
        }

        Assert.True(released, "the idle tenant was not released within 10 s");
        Assert.Equal(HttpStatusCode.OK, (await quick.Anonymous().GetAsync("/sleepy/")).StatusCode);
    }

    [Fact]
    public async Task A_version_bump_drops_the_cached_state_on_the_next_request()
    {
        await host.LaunchAsync("renamed", extra: new { siteName = "Old Name" });
        Assert.Contains("Old Name", await host.Anonymous().GetStringAsync("/renamed/"));
        await host.TenantScalarAsync("renamed", "UPDATE Site SET SiteName = 'New Name'");

        Assert.Contains("Old Name", await host.Anonymous().GetStringAsync("/renamed/"));
        await Catalog.BumpVersionAsync("renamed", CancellationToken.None);

        Assert.Contains("New Name", await host.Anonymous().GetStringAsync("/renamed/"));
    }

    [Fact]
    public async Task Migrations_run_on_first_activation_after_an_upgrade()
    {
        await host.LaunchAsync("upgraded", extra: new { siteName = "Before Upgrade" });
        // Simulate a tenant created before the Site module's tables existed.
        await host.TenantScalarAsync("upgraded", "DROP TABLE Site; DROP TABLE EnabledFeatures; DROP TABLE TemplateOverrides; DELETE FROM __Migrations_Site;");
        await Catalog.UpdateAsync("upgraded", (t, _) => t! with { SchemaStamp = "an older build", Version = t.Version + 1 }, CancellationToken.None);

        var home = await host.Anonymous().GetAsync("/upgraded/");

        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode); // migrated, but the upgrade enabled no features yet
        Assert.Equal(host.Services.GetRequiredService<SaaS.Data.TenantMigrator>().SchemaStamp, Catalog.Get("upgraded").SchemaStamp);
        Assert.Equal(0L, await host.TenantScalarAsync("upgraded", "SELECT count(*) FROM EnabledFeatures"));
    }

    [Fact]
    public async Task A_tenant_whose_database_cannot_be_opened_answers_503_not_500()
    {
        await host.LaunchAsync("corrupted");
        Shells.Release("corrupted");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var database = Path.Combine(host.AppData, "Sites", "corrupted", "tenant.db");
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database)!, "tenant.db*")) File.Delete(file);
        await File.WriteAllTextAsync(database, new string('x', 8192));

        var response = await host.Anonymous().GetAsync("/corrupted/");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/health")).StatusCode);
    }

}
