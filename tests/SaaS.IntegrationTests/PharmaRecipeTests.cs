using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using Xunit.Abstractions;

namespace SaaS.IntegrationTests;

/// <summary>
/// The pharma recipe launches a drug distribution marketplace: a category tree with prescription branches, licensed
/// distributors, 300+ drugs with approval numbers, synonyms for generic and trade names, the same catalog every time,
/// and the vertical's rule that a drug is not listed without its approval number.
/// </summary>
[Collection(PharmaMarketplace.Name)]
public sealed class PharmaRecipeTests(SaaSHost host, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Tenant = PharmaMarketplace.Tenant;
    private const string TestSkus = "KT-TEST-";

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, PharmaMarketplace.Recipe);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pharma_launches_with_its_category_tree_licensed_distributors_and_catalog()
    {
        var categories = await host.CategoriesAsync(Tenant);
        Assert.True(categories.Count >= 30, $"{categories.Count} categories");
        Assert.Contains(categories, c => c.GetProperty("slug").GetString() == "anti-infectives" && c.GetProperty("verifiedBuyersOnly").GetBoolean());
        Assert.Contains(categories, c => c.GetProperty("slug").GetString() == "cold-flu" && !c.GetProperty("verifiedBuyersOnly").GetBoolean());
        Assert.True(await host.ActiveMerchantCountAsync(Tenant) >= 5);

        var everything = await (await PharmaMarketplace.VerifiedBuyerAsync(host)).ProductsOnSaleAsync(Tenant);
        Assert.True(everything >= 300, $"{everything} products on sale to a verified buyer");
        var open = await host.Anonymous().ProductsOnSaleAsync(Tenant);
        Assert.InRange(open, 150, everything - 100);

        var admin = await PharmaMarketplace.AdminAsync(host);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies/settings")).GetProperty("requireVerification").GetBoolean());
        var requirements = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchant-requirements");
        Assert.Equal(["device-trading", "drug-trading", "gsp"], requirements.GetProperty("licences").EnumerateArray().Select(l => l.GetProperty("code").GetString()).Order());
        Assert.Contains("/themes/Clinical/", await host.Anonymous().GetStringAsync($"/{Tenant}/"));
    }

    [Fact]
    public async Task The_home_its_pages_and_every_shop_are_decorated_at_launch()
    {
        await host.AssertDecoratedAsync(Tenant);
        // A shop takes its colour from the palette of the theme the recipe chose: #0e7490 is Clinical's, not the default Industrial's.
        var merchants = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchants");
        var renxin = merchants.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "广州仁心医药有限公司").GetProperty("id").GetString();
        Assert.Contains("--shop-brand: #0e7490", await host.Anonymous().GetStringAsync($"/{Tenant}/shops/{renxin}"));
    }

    [Fact]
    public async Task Synonyms_find_drugs_by_their_other_names()
    {
        var anonymous = host.Anonymous();
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=扑热息痛")).HitTitles(), t => t.Contains("对乙酰氨基酚"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=paracetamol")).HitTitles(), t => t.Contains("对乙酰氨基酚"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=感冒药")).HitTitles(), t => t.Contains("感冒"));
        Assert.Contains((await anonymous.SearchAsync(Tenant, "q=布洛芬")).HitTitles(), t => t.Contains("芬必得"));

        // Amoxicillin is a prescription antibiotic: found by its English name, but by verified buyers only.
        var verified = await PharmaMarketplace.VerifiedBuyerAsync(host);
        var amoxicillin = await verified.SearchAsync(Tenant, "q=amoxicillin");
        Assert.NotEmpty(amoxicillin.HitTitles());
        Assert.All(amoxicillin.HitTitles(), t => Assert.Contains("阿莫西林", t));
        Assert.Contains((await verified.SearchAsync(Tenant, "q=羟氨苄青霉素")).HitTitles(), t => t.Contains("阿莫西林"));
    }

    [Fact]
    public async Task A_drug_without_its_approval_number_is_refused_naming_the_field()
    {
        var owner = await host.InvitedAsync(Tenant, "owner@kangtai.example.cn", "Kangtai-Pass-2026");
        var analgesics = await host.CategoryIdAsync(Tenant, "analgesics");
        await owner.AssertRequiredAttributeAsync(Tenant, (attributes, code) => Drug(analgesics, attributes, code),
            new() { ["dosage-form"] = "片剂", ["manufacturer"] = "华北制药股份有限公司", ["rx-type"] = "OTC甲类", ["storage"] = "常温（10-30℃）" },
            "approval-number", "批准文号", "国药准字H13023456", TestSkus);
    }

    [Fact]
    public Task A_second_launch_gives_the_same_catalog() =>
        host.AssertRelaunchGivesTheSameCatalogAsync(Tenant, "pharma-again", PharmaMarketplace.Recipe, TestSkus, output);

    private static object Drug(Guid category, IReadOnlyDictionary<string, object> attributes, string code) => VerticalMarketplaces.OneSkuProduct(
        category, "华北制药 布洛芬片 Ibuprofen Tablets 0.1g×100片", "华北制药 NCPC", "bottle", attributes, code, new { specification = "0.1g×100片" }, 6.5m);
}
