using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Recipes imported into a running marketplace apply whole or not at all.</summary>
public sealed class RecipeImportTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task Importing_a_recipe_enables_its_features_on_the_running_tenant()
    {
        await host.LaunchAsync("import-ok");
        var admin = host.WithToken(await host.LoginAsync("/import-ok", "admin@example.com"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/import-ok/robots.txt")).StatusCode);

        var listed = await admin.GetFromJsonAsync<JsonElement>("/import-ok/api/admin/recipes");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("name").GetString() == "seo-pack");
        var run = await admin.PostAsync("/import-ok/api/admin/recipes/seo-pack/run", null);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(["Seo", "Storefront"], (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("featuresAfterRecipe").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/import-ok/robots.txt")).StatusCode);
    }

    [Fact]
    public async Task A_failing_import_rolls_back_every_step()
    {
        await host.LaunchAsync("import-fail");
        var admin = host.WithToken(await host.LoginAsync("/import-fail", "admin@example.com"));

        var run = await admin.PostAsync("/import-fail/api/admin/recipes/explodes/run", null);

        await ProblemAssert.IsProblemAsync(run, (HttpStatusCode)422);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/import-fail/robots.txt")).StatusCode);
        Assert.DoesNotContain("Never seen", await host.Anonymous().GetStringAsync("/import-fail/"));
        var features = await admin.GetFromJsonAsync<JsonElement>("/import-fail/api/admin/features");
        Assert.False(features.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "Seo").GetProperty("enabled").GetBoolean());
        // The failing step's own write went through another module's context: one transaction covered both.
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(host.AppData, "Sites", "import-fail", "tenant.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM AspNetRoles WHERE Name = 'WrittenBeforeFailure'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Buyers_cannot_import_recipes()
    {
        await host.LaunchAsync("import-perm");
        await host.Anonymous().PostAsJsonAsync("/import-perm/api/identity/register", new { email = "b@b.cn", password = "Buyer-Pass-2026" });
        var buyer = host.WithToken(await host.LoginAsync("/import-perm", "b@b.cn", "Buyer-Pass-2026"));
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsync("/import-perm/api/admin/recipes/seo-pack/run", null)).StatusCode);
    }
}
