using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Tenancy;

namespace SaaS.IntegrationTests;

public sealed class RecipeTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task An_invalid_recipe_is_refused_whole_naming_recipe_step_and_path_and_writes_nothing()
    {
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", Launch("never-born", "broken"));

        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("recipe 'broken', step 0", ProblemAssert.FieldErrors(problem, "$.steps[0].enable[1]"));
        Assert.Contains("NoSuchFeature", ProblemAssert.FieldErrors(problem, "$.steps[0].enable[1]"));
        Assert.Contains("fr-FR", ProblemAssert.FieldErrors(problem, "$.steps[1].locale"));
        Assert.Contains("Unknown step 'no-such-step'", ProblemAssert.FieldErrors(problem, "$.steps[2].name"));
        Assert.Null(host.Services.GetRequiredService<TenantCatalog>().Find("never-born"));
        Assert.False(Directory.Exists(Path.Combine(host.AppData, "Sites", "never-born")));
    }

    [Fact]
    public async Task A_recipe_failing_midway_leaves_the_tenant_failed_with_the_message_and_no_data_then_relaunches()
    {
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", Launch("phoenix", "explodes"));

        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("supplier feed unreachable", ProblemAssert.FieldErrors(problem, "$.steps[2]"));
        var tenant = await host.Operator().GetFromJsonAsync<JsonElement>("/api/tenants/phoenix");
        Assert.Equal("Failed", tenant.GetProperty("state").GetString());
        Assert.Contains("step 2", tenant.GetProperty("error").GetString());
        Assert.Contains("supplier feed unreachable", tenant.GetProperty("error").GetString());
        Assert.False(Directory.Exists(Path.Combine(host.AppData, "Sites", "phoenix")));
        await ProblemAssert.IsProblemAsync(await host.Anonymous().GetAsync("/phoenix/"), HttpStatusCode.ServiceUnavailable);

        await host.LaunchAsync("phoenix", "industrial-mro", new { siteName = "Risen" });
        Assert.Contains("Risen", await host.Anonymous().GetStringAsync("/phoenix/"));
        var admin = host.WithToken(await host.LoginAsync("/phoenix", "admin@example.com"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/phoenix/api/admin/features")).StatusCode);
    }

    [Fact]
    public async Task Recipe_steps_of_a_feature_the_tenant_does_not_enable_are_refused()
    {
        File.WriteAllText(Path.Combine(host.RecipesFolder, "needs-feature.recipe.json"), """
            { "name": "needs-feature", "steps": [ { "name": "features", "enable": ["Storefront"] }, { "name": "test-fail-after-write", "message": "x" } ] }
            """);
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", Launch("no-seo", "needs-feature"));
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("needs feature 'Seo'", ProblemAssert.FieldErrors(problem, "$.steps[1].name"));
        Assert.Null(host.Services.GetRequiredService<TenantCatalog>().Find("no-seo"));
    }

    [Fact]
    public async Task Parameters_fill_the_recipe_and_the_site_name_defaults_to_the_recipe()
    {
        await host.LaunchAsync("param-default", "industrial-mro");
        Assert.Contains("<title>工品直采 MRO Direct</title>", await host.Anonymous().GetStringAsync("/param-default/"));
    }

    private static object Launch(string name, string recipe) =>
        new { name, recipe, adminEmail = "admin@example.com", adminPassword = SaaSHost.AdminPassword };
}
