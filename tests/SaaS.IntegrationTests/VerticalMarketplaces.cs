using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using Xunit.Abstractions;

namespace SaaS.IntegrationTests;

/// <summary>What the vertical recipe tests ask of a launched marketplace: its tree, merchants, searches, and its catalog as stored.</summary>
internal static class VerticalMarketplaces
{
    /// <summary>Every category of the public tree, parents before children.</summary>
    public static async Task<IReadOnlyList<JsonElement>> CategoriesAsync(this SaaSHost host, string tenant)
    {
        var tree = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{tenant}/api/categories");
        static IEnumerable<JsonElement> All(JsonElement nodes) => nodes.EnumerateArray().SelectMany(n => All(n.GetProperty("children")).Prepend(n));
        return All(tree).ToList();
    }

    public static async Task<int> ActiveMerchantCountAsync(this SaaSHost host, string tenant) =>
        (await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchants")).GetArrayLength();

    /// <summary>
    /// The launched marketplace looks finished to a visitor: its home is decorated, its about, terms and help pages
    /// open, and every approved merchant's shop shows a decorated home with its certifications.
    /// </summary>
    public static async Task AssertDecoratedAsync(this SaaSHost host, string tenant)
    {
        var anonymous = host.Anonymous();
        Assert.Contains("block-banner-carousel", await anonymous.GetStringAsync($"/{tenant}/"));
        foreach (var page in new[] { "about", "terms", "help" })
        {
            Assert.True((await anonymous.GetAsync($"/{tenant}/pages/{page}")).StatusCode == HttpStatusCode.OK, $"/pages/{page} is missing");
        }
        var merchants = (await anonymous.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchants")).EnumerateArray().ToList();
        Assert.NotEmpty(merchants);
        foreach (var merchant in merchants)
        {
            var shop = await anonymous.GetStringAsync($"/{tenant}/shops/{merchant.GetProperty("id").GetString()}");
            var name = merchant.GetProperty("name").GetString();
            Assert.True(shop.Contains("decorated-page", StringComparison.Ordinal), $"{name}'s shop is not decorated");
            Assert.True(shop.Contains("block-certifications", StringComparison.Ordinal), $"{name}'s shop shows no certifications");
        }
    }

    /// <summary>How many products <paramref name="client"/> may see on sale, optionally in one category's branch.</summary>
    public static async Task<int> ProductsOnSaleAsync(this HttpClient client, string tenant, Guid? category = null) =>
        (await client.GetFromJsonAsync<JsonElement>($"/{tenant}/api/products{(category is { } id ? $"?category={id}" : "")}")).GetProperty("total").GetInt32();

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string tenant, string query)
    {
        var response = await client.GetAsync($"/{tenant}/api/search?{query}");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"search {query} answered {response.StatusCode}: {json}");
        return json;
    }

    public static IEnumerable<string> HitTitles(this JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!);

    /// <summary>Every SKU as stored (code, product title, status, stock, tiers), ordered by SKU code: two launches of one recipe should agree line by line.</summary>
    public static async Task<IReadOnlyList<string>> StoredCatalogAsync(this SaaSHost host, string tenant)
    {
        var rows = await host.TenantScalarAsync(tenant, """
            SELECT group_concat(line, char(10)) FROM (
                SELECT s.Code || ' ' || p.Title || ' ' || p.Status || ' ' || s.Stock || ' ' || group_concat(t.MinQuantity || ':' || t.UnitPrice, ';') AS line
                FROM Products p JOIN Skus s ON s.ProductId = p.Id JOIN PriceTiers t ON t.SkuId = s.Id
                GROUP BY s.Id ORDER BY s.Code)
            """);
        return ((string?)rows ?? "").Split('\n');
    }

    /// <summary>
    /// Launches <paramref name="recipe"/> again as <paramref name="again"/>, reports how long the operator waited, and
    /// asserts that its stored catalog is <paramref name="tenant"/>'s, leaving out SKUs the tests added (<paramref name="testSkus"/>).
    /// </summary>
    public static async Task AssertRelaunchGivesTheSameCatalogAsync(this SaaSHost host, string tenant, string again, string recipe, string testSkus, ITestOutputHelper output)
    {
        var clock = Stopwatch.StartNew();
        await host.LaunchAsync(again, recipe);
        var elapsed = clock.Elapsed;
        output.WriteLine($"{recipe} launched in {elapsed.TotalSeconds:0.0} s");

        var first = (await host.StoredCatalogAsync(tenant)).Where(row => !row.StartsWith(testSkus, StringComparison.Ordinal)).ToList();
        var second = await host.StoredCatalogAsync(again);
        Assert.True(second.Count >= 300, $"{second.Count} SKUs");
        Assert.Equal(first, second);
        Assert.True(elapsed < TimeSpan.FromMinutes(2), $"{recipe} took {elapsed} to launch");
    }

    /// <summary>A product with one SKU, as the merchant API takes it.</summary>
    public static object OneSkuProduct(Guid category, string title, string brand, string unit, IReadOnlyDictionary<string, object> attributes,
        string code, object variant, decimal price) => new
    {
        title, brand, categoryId = category, unit, minOrderQuantity = 1, orderMultiple = 1, attributes,
        skus = new[] { new { code, stock = 100, variant, tiers = new[] { new { minQuantity = 1, unitPrice = price } } } },
    };

    /// <summary>
    /// The merchant's <paramref name="product"/> without the required attribute <paramref name="code"/> is refused (400)
    /// naming <c>attributes.{code}</c> and the attribute's <paramref name="name"/>; with <paramref name="value"/> it is created.
    /// </summary>
    public static async Task AssertRequiredAttributeAsync(this HttpClient owner, string tenant, Func<IReadOnlyDictionary<string, object>, string, object> product,
        Dictionary<string, object> attributes, string code, string name, object value, string testSkus)
    {
        var refused = await owner.PostAsJsonAsync($"/{tenant}/api/merchant/products", product(attributes, testSkus + "0001"));
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains(name, ProblemAssert.FieldErrors(problem, $"attributes.{code}"));

        attributes[code] = value;
        var created = await owner.PostAsJsonAsync($"/{tenant}/api/merchant/products", product(attributes, testSkus + "0002"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }
}
