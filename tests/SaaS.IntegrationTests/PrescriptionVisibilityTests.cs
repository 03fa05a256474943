using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Prescription categories (verifiedBuyersOnly) in the pharma marketplace: a member of a verified buyer company lists,
/// finds and opens their products; anonymous visitors and buyers of unverified companies do not, on the category page,
/// the product page, the product API, search, suggestions and the sitemap.
/// </summary>
[Collection(PharmaMarketplace.Name)]
public sealed class PrescriptionVisibilityTests(SaaSHost host) : IAsyncLifetime
{
    private const string Tenant = PharmaMarketplace.Tenant;

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, PharmaMarketplace.Recipe);

    public Task DisposeAsync() => Task.CompletedTask;

    public static readonly TheoryData<string> Outsiders = new() { "anonymous", "unverified" };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_see_no_prescription_drug_anywhere(string who)
    {
        var (slug, id, _) = await AmoxicillinAsync();
        var outsider = who == "anonymous" ? host.Anonymous() : await PharmaMarketplace.UnverifiedBuyerAsync(host);

        var categoryPage = await outsider.GetAsync($"/{Tenant}/c/anti-infectives");
        Assert.Equal(HttpStatusCode.OK, categoryPage.StatusCode);
        var html = await categoryPage.Content.ReadAsStringAsync();
        Assert.Contains("verified-buyers-only", html);
        Assert.DoesNotContain("data-product=", html);
        Assert.Equal(0, await outsider.ProductsOnSaleAsync(Tenant, await host.CategoryIdAsync(Tenant, "anti-infectives")));
        var chemical = await host.CategoryIdAsync(Tenant, "chemical");
        Assert.True(await outsider.ProductsOnSaleAsync(Tenant, chemical) < await (await PharmaMarketplace.VerifiedBuyerAsync(host)).ProductsOnSaleAsync(Tenant, chemical));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/{Tenant}/p/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/{Tenant}/api/products/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/{Tenant}/api/products/{id}")).StatusCode);

        Assert.Equal(0, (await outsider.SearchAsync(Tenant, "q=阿莫西林")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await outsider.SearchAsync(Tenant, "category=anti-infectives")).GetProperty("total").GetInt32());
        var tablets = await outsider.SearchAsync(Tenant, "q=片");
        Assert.DoesNotContain(tablets.GetProperty("facets").GetProperty("category").EnumerateArray(), f => f.GetProperty("value").GetString() is "anti-infectives" or "cardiovascular");
        var suggestions = await outsider.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/search/suggest?q=阿莫");
        Assert.DoesNotContain(suggestions.GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("阿莫西林"));
        Assert.DoesNotContain(slug, await outsider.GetStringAsync($"/{Tenant}/search?q={Uri.EscapeDataString("阿莫西林胶囊")}"));
        Assert.DoesNotContain(slug, await host.Anonymous().GetStringAsync($"/{Tenant}/sitemap.xml"));
    }

    [Fact]
    public async Task A_verified_buyer_sees_prescription_drugs_everywhere()
    {
        var (slug, id, title) = await AmoxicillinAsync();
        var buyer = await PharmaMarketplace.VerifiedBuyerAsync(host);

        var html = await buyer.GetStringAsync($"/{Tenant}/c/anti-infectives");
        Assert.DoesNotContain("verified-buyers-only", html);
        Assert.Contains("data-product=", html);
        Assert.True(await buyer.ProductsOnSaleAsync(Tenant, await host.CategoryIdAsync(Tenant, "anti-infectives")) >= 20);
        Assert.Contains("阿莫西林胶囊 Amoxicillin Capsules", await buyer.GetStringAsync($"/{Tenant}/p/{slug}"));
        Assert.Equal(title, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{id}")).GetProperty("title").GetString());
        Assert.True((await buyer.SearchAsync(Tenant, "category=anti-infectives")).GetProperty("total").GetInt32() >= 20);
        var suggestions = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/search/suggest?q=阿莫");
        Assert.Contains(suggestions.GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("阿莫西林"));
        Assert.Contains(slug, await buyer.GetStringAsync($"/{Tenant}/search?q={Uri.EscapeDataString("阿莫西林胶囊")}"));
    }

    [Fact]
    public async Task The_operator_restricts_a_category_through_the_api_and_listings_search_and_pages_follow_at_once()
    {
        var admin = await PharmaMarketplace.AdminAsync(host);
        var buyer = await PharmaMarketplace.VerifiedBuyerAsync(host);
        var anonymous = host.Anonymous();
        var dermatology = (await host.CategoriesAsync(Tenant)).Single(c => c.GetProperty("slug").GetString() == "dermatology");
        var id = dermatology.GetProperty("id").GetGuid();
        async Task<JsonElement> FindAsync(HttpClient client) => await client.SearchAsync(Tenant, $"q={Uri.EscapeDataString("达克宁")}");
        var daktarin = (await FindAsync(anonymous)).GetProperty("hits").EnumerateArray().First().GetProperty("slug").GetString();
        try
        {
            var restricted = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/categories/{id}", Change(dermatology, verifiedBuyersOnly: true));
            Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);
            Assert.True((await restricted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verifiedBuyersOnly").GetBoolean());
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Tenant}/p/{daktarin}")).StatusCode);

            // Search filters flagged categories at query time: no reindex, only the lookups are read again on every node.
            await Eventually.HoldsAsync(async () =>
                (await FindAsync(anonymous)).GetProperty("total").GetInt32() == 0 && await anonymous.ProductsOnSaleAsync(Tenant, id) == 0, "the restricted category's products hidden");
            Assert.True((await FindAsync(buyer)).GetProperty("total").GetInt32() > 0);
            Assert.True(await buyer.ProductsOnSaleAsync(Tenant, id) > 0);

            // An edit that leaves the flag out keeps it.
            var renamed = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/categories/{id}", Change(dermatology, verifiedBuyersOnly: null));
            Assert.True((await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verifiedBuyersOnly").GetBoolean());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/{Tenant}/api/admin/categories/{id}", Change(dermatology, verifiedBuyersOnly: false))).StatusCode);
        }
        await Eventually.HoldsAsync(async () => (await FindAsync(anonymous)).GetProperty("total").GetInt32() > 0, "the reopened category's products found again");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{Tenant}/p/{daktarin}")).StatusCode);
    }

    [Fact]
    public async Task On_the_admin_catalog_page_the_operator_sees_and_sets_the_flag()
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await BrowserForms.SubmitAsync(browser, $"/{Tenant}/account/login", $"/{Tenant}/account/login", new() { ["email"] = "admin@example.com", ["password"] = SaaSHost.AdminPassword });
        var vitamins = (await host.CategoriesAsync(Tenant)).Single(c => c.GetProperty("slug").GetString() == "vitamins");
        var page = $"/{Tenant}/admin/catalog?category={vitamins.GetProperty("id").GetString()}";
        var html = await browser.GetStringAsync(page);
        Assert.Matches("data-category=\"anti-infectives\"[^\\n]*class=\"badge\"", html);
        Assert.DoesNotMatch("data-category=\"vitamins\"[^\\n]*class=\"badge\"", html);
        Dictionary<string, string> Form(bool restricted)
        {
            var fields = new Dictionary<string, string>
            {
                ["categoryId"] = vitamins.GetProperty("id").GetString()!, ["name"] = vitamins.GetProperty("name").GetString()!,
                ["slug"] = "vitamins", ["parentId"] = vitamins.GetProperty("parentId").GetString()!,
            };
            if (restricted) fields["verifiedBuyersOnly"] = "true";
            return fields;
        }
        try
        {
            var saved = await BrowserForms.SubmitAsync(browser, page, $"/{Tenant}/admin/catalog/update", Form(restricted: true));
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Matches("data-category=\"vitamins\"[^\\n]*class=\"badge\"", await saved.Content.ReadAsStringAsync());
            Assert.True((await host.CategoriesAsync(Tenant)).Single(c => c.GetProperty("slug").GetString() == "vitamins").GetProperty("verifiedBuyersOnly").GetBoolean());
        }
        finally
        {
            await BrowserForms.SubmitAsync(browser, page, $"/{Tenant}/admin/catalog/update", Form(restricted: false));
        }
        Assert.False((await host.CategoriesAsync(Tenant)).Single(c => c.GetProperty("slug").GetString() == "vitamins").GetProperty("verifiedBuyersOnly").GetBoolean());
    }

    [Fact]
    public async Task A_product_grid_block_shows_no_prescription_drug_since_it_does_not_know_who_is_looking()
    {
        var admin = await PharmaMarketplace.AdminAsync(host);
        var grid = new { type = "product-grid", settings = new { title = "推荐商品", source = "picked", products = "KT-ANTIINFE-001\nKT-ANAL-001", count = 8 } };
        var draft = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/pages/featured/draft", new { title = "推荐 Featured", blocks = new[] { grid } });
        Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{Tenant}/api/admin/pages/featured/publish", null)).StatusCode);

        foreach (var visitor in new[] { host.Anonymous(), await PharmaMarketplace.VerifiedBuyerAsync(host) })
        {
            var html = await visitor.GetStringAsync($"/{Tenant}/pages/featured");
            Assert.Contains("Ibuprofen Sustained-release Capsules", html);
            Assert.DoesNotContain("Amoxicillin", html);
        }
    }

    [Fact]
    public async Task A_recipe_with_a_flag_that_is_not_true_or_false_is_refused_at_its_path()
    {
        File.WriteAllText(Path.Combine(host.RecipesFolder, "bad-flag.recipe.json"), """
            { "name": "bad-flag", "steps": [ { "name": "features", "enable": ["Catalog"] },
              { "name": "categories", "categories": [ { "slug": "rx", "name": "处方药", "verifiedBuyersOnly": "yes" } ] } ] }
            """);
        var response = await host.Operator().PostAsJsonAsync("/api/tenants",
            new { name = "bad-flag", recipe = "bad-flag", adminEmail = "admin@example.com", adminPassword = SaaSHost.AdminPassword });
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("true or false", ProblemAssert.FieldErrors(problem, "$.steps[1].categories[0].verifiedBuyersOnly"));
    }

    /// <summary>A prescription antibiotic as a verified buyer finds it: its slug, id and title.</summary>
    private async Task<(string Slug, string Id, string Title)> AmoxicillinAsync()
    {
        var found = await (await PharmaMarketplace.VerifiedBuyerAsync(host)).SearchAsync(Tenant, $"q={Uri.EscapeDataString("阿莫西林胶囊")}");
        var hit = found.GetProperty("hits").EnumerateArray().First();
        return (hit.GetProperty("slug").GetString()!, hit.GetProperty("productId").GetString()!, hit.GetProperty("title").GetString()!);
    }

    private static object Change(JsonElement category, bool? verifiedBuyersOnly) => new
    {
        slug = category.GetProperty("slug").GetString(), name = category.GetProperty("name").GetString(),
        parentId = category.GetProperty("parentId").GetGuid(), verifiedBuyersOnly,
    };
}
