using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

public sealed class FeatureTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task Features_list_what_modules_offer_and_what_the_recipe_enabled()
    {
        await host.LaunchAsync("feat-list", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/feat-list", "admin@example.com"));

        var features = await admin.GetFromJsonAsync<JsonElement>("/feat-list/api/admin/features");

        var seo = features.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "Seo");
        Assert.True(seo.GetProperty("enabled").GetBoolean());
        Assert.Equal(["Storefront"], seo.GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Disabling_a_needed_feature_is_refused_naming_its_dependents()
    {
        await host.LaunchAsync("feat-deps", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/feat-deps", "admin@example.com"));

        var refused = await admin.PostAsync("/feat-deps/api/admin/features/Storefront/disable", null);

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("Seo", ProblemAssert.FieldErrors(problem, "id"));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-deps/")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_feature_answers_404_and_enabling_pulls_in_dependencies()
    {
        await host.LaunchAsync("feat-toggle", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/feat-toggle", "admin@example.com"));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-toggle/robots.txt")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Seo/disable", null)).StatusCode);
        var needed = await admin.PostAsync("/feat-toggle/api/admin/features/Merchants/disable", null);
        Assert.Contains("Catalog", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(needed, HttpStatusCode.Conflict), "id"));
        var searchNeedsCatalog = await admin.PostAsync("/feat-toggle/api/admin/features/Catalog/disable", null);
        Assert.Contains("Search", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(searchNeedsCatalog, HttpStatusCode.Conflict), "id"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Search/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-toggle/api/search?q=bolt")).StatusCode);
        var paymentsNeedOrders = await admin.PostAsync("/feat-toggle/api/admin/features/Orders/disable", null);
        Assert.Contains("Payments", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(paymentsNeedOrders, HttpStatusCode.Conflict), "id"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Payments/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/feat-toggle/api/admin/ledger/trial-balance")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Orders/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/feat-toggle/api/cart")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Catalog/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-toggle/api/products")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Decoration/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Merchants/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/feat-toggle/api/admin/features/Storefront/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-toggle/api/merchants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-toggle/robots.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-toggle/")).StatusCode);

        var enabled = await admin.PostAsync("/feat-toggle/api/admin/features/Seo/enable", null);
        var change = await enabled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Seo", "Storefront"], change.GetProperty("alsoEnabled").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-toggle/robots.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-toggle/")).StatusCode);
    }

    [Fact]
    public async Task A_feature_switched_off_in_one_tenant_stays_on_in_another()
    {
        await host.LaunchAsync("feat-off", "industrial-mro");
        await host.LaunchAsync("feat-on", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/feat-off", "admin@example.com"));

        await admin.PostAsync("/feat-off/api/admin/features/Seo/disable", null);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/feat-off/robots.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-on/robots.txt")).StatusCode);
    }

    [Fact]
    public async Task Feature_admin_needs_the_permission()
    {
        await host.LaunchAsync("feat-perm");
        await host.Anonymous().PostAsJsonAsync("/feat-perm/api/identity/register", new { email = "buyer@factory.cn", password = "Buyer-Pass-2026" });
        var buyer = host.WithToken(await host.LoginAsync("/feat-perm", "buyer@factory.cn", "Buyer-Pass-2026"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/feat-perm/api/admin/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync("/feat-perm/api/admin/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsync("/feat-perm/api/admin/features/Storefront/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync("/feat-perm/")).StatusCode);
    }

    [Fact]
    public async Task Unknown_feature_is_404_naming_it()
    {
        await host.LaunchAsync("feat-unknown");
        var admin = host.WithToken(await host.LoginAsync("/feat-unknown", "admin@example.com"));
        var problem = await ProblemAssert.IsProblemAsync(await admin.PostAsync("/feat-unknown/api/admin/features/Teleport/enable", null), HttpStatusCode.NotFound);
        Assert.Contains("Teleport", ProblemAssert.FieldErrors(problem, "id"));
    }
}
