using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using Xunit.Abstractions;

namespace SaaS.IntegrationTests;

/// <summary>
/// The agri-food recipe launches a fresh produce and food service marketplace: its category tree, licensed
/// wholesalers, 300+ products by the kilogram or the case with delivery slots, the vegetables' other names as
/// synonyms, the same catalog every time, and packaged food refused without its production licence number.
/// </summary>
public sealed class AgriFoodRecipeTests(SaaSHost host, ITestOutputHelper output) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "fresh";
    private const string Recipe = "agri-food";
    private const string TestSkus = "WC-TEST-";

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, Recipe);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Agri_food_launches_with_its_category_tree_wholesalers_and_catalog()
    {
        var categories = await host.CategoriesAsync(Tenant);
        Assert.True(categories.Count >= 30, $"{categories.Count} categories");
        Assert.True(await host.ActiveMerchantCountAsync(Tenant) >= 5);
        var onSale = await host.Anonymous().ProductsOnSaleAsync(Tenant);
        Assert.True(onSale >= 300, $"{onSale} products on sale");

        var greens = categories.Single(c => c.GetProperty("slug").GetString() == "leafy-greens").GetProperty("id").GetGuid();
        var attributes = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/categories/{greens}/attributes");
        var slot = attributes.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "delivery-slot");
        Assert.Equal("MultiChoice", slot.GetProperty("kind").GetString());
        Assert.Contains("早市 04:00-07:00", slot.GetProperty("options").GetString());
        var kilograms = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products?category={greens}");
        Assert.All(kilograms.GetProperty("items").EnumerateArray(), p => Assert.Equal("kg", p.GetProperty("unit").GetString()));
        Assert.Contains("/themes/Fresh/", await host.Anonymous().GetStringAsync($"/{Tenant}/"));
    }

    [Fact]
    public Task The_home_its_pages_and_every_shop_are_decorated_at_launch() => host.AssertDecoratedAsync(Tenant);

    [Fact]
    public async Task Synonyms_find_vegetables_by_their_other_names()
    {
        var anonymous = host.Anonymous();
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=番茄")).HitTitles(), t => t.Contains("西红柿"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=马铃薯")).HitTitles(), t => t.Contains("土豆"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=洋芋")).HitTitles(), t => t.Contains("土豆"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=卷心菜")).HitTitles(), t => t.Contains("圆白菜"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=芫荽")).HitTitles(), t => t.Contains("香菜"));
    }

    [Fact]
    public async Task Packaged_food_without_its_production_licence_is_refused_naming_the_field()
    {
        var owner = await host.InvitedAsync(Tenant, "owner@daoxiang.example.cn", "Daoxiang-Pass-2026");
        var rice = await host.CategoryIdAsync(Tenant, "rice");
        await owner.AssertRequiredAttributeAsync(Tenant, (attributes, code) => Rice(rice, attributes, code),
            new() { ["origin"] = "黑龙江五常", ["storage"] = "常温", ["shelf-life"] = 365, ["delivery-slot"] = new[] { "上午 07:00-12:00" } },
            "production-licence", "生产许可证编号", "SC10123018400123", TestSkus);
    }

    [Fact]
    public Task A_second_launch_gives_the_same_catalog() =>
        host.AssertRelaunchGivesTheSameCatalogAsync(Tenant, "fresh-again", Recipe, TestSkus, output);

    private static object Rice(Guid category, IReadOnlyDictionary<string, object> attributes, string code) => VerticalMarketplaces.OneSkuProduct(
        category, "五常稻香 五常大米 稻花香2号 Wuchang Rice 5kg", "五常稻香 Wuchang Daoxiang", "bag", attributes, code, new { spec = "5kg/袋" }, 59.0m);
}
